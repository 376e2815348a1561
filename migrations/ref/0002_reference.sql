-- Reference data: national civil-service law that every tenant shares.
--
-- Plain multi-row INSERTs only, so the same text runs on SQLite and PostgreSQL.
-- The codes are the canonical codes produced by src/domain/codes.c and
-- src/domain/skp.c; tests/unit/domain/test_refdata.c checks both agree.
--
-- Every row's `source` names its legal basis and the confidence tag of
-- /work/shared/domain/REGULATIONS.md: [P] primary text seen, [S] secondary
-- source, [I] several implementations agree, [U] unconfirmed. Rows tagged
-- [S], [I] or [U] are policy values an administrator may have to change;
-- they are data here so that changing them needs no new binary.
--
-- Descriptions and definitions are written in our own words, following the
-- structure of PermenPAN-RB 38/2017; they are not the regulation's text.

-- Golongan/ruang and pangkat of PNS (REGULATIONS 5.2). rank_order 1 = lowest.
INSERT INTO ref_golongan (code, rank_order, pangkat, source) VALUES
('I/a', 1, 'Juru Muda', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('I/b', 2, 'Juru Muda Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('I/c', 3, 'Juru', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('I/d', 4, 'Juru Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('II/a', 5, 'Pengatur Muda', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('II/b', 6, 'Pengatur Muda Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('II/c', 7, 'Pengatur', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('II/d', 8, 'Pengatur Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('III/a', 9, 'Penata Muda', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('III/b', 10, 'Penata Muda Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('III/c', 11, 'Penata', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('III/d', 12, 'Penata Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('IV/a', 13, 'Pembina', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('IV/b', 14, 'Pembina Tingkat I', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('IV/c', 15, 'Pembina Utama Muda', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('IV/d', 16, 'Pembina Utama Madya', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]'),
('IV/e', 17, 'Pembina Utama', 'PP 99/2000 jo. PP 12/2002; agency reference lists [I][S]');

-- Education levels (rank_order 1 = SD) with the entry golongan of a new PNS
-- (REGULATIONS 5.2: SLTA/D-I II/a, S1/D-IV III/a).
INSERT INTO ref_education (code, rank_order, name, entry_golongan, source) VALUES
('SD', 1, 'Sekolah Dasar', 'I/a', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('SMP', 2, 'Sekolah Menengah Pertama (SLTP)', 'I/c', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('SMA', 3, 'Sekolah Menengah Atas (SLTA)', 'II/a', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('D1', 4, 'Diploma I', 'II/a', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('D2', 5, 'Diploma II', 'II/b', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('D3', 6, 'Diploma III', 'II/c', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('D4', 7, 'Diploma IV (Sarjana Terapan)', 'III/a', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('S1', 8, 'Sarjana (S1)', 'III/a', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('S2', 9, 'Magister (S2)', 'III/b', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]'),
('S3', 10, 'Doktor (S3)', 'III/c', 'PP 99/2000 jo. PP 12/2002 (entry golongan) [S]');

-- PPPK grades I..XVII (REGULATIONS 5.5). min_education is the lowest
-- education that enters at the grade; "S1/D-IV" is stored as D4 because
-- education rank D4 < S1, so both qualify. Grades XII..XVII have no
-- education entry point in the sources (NULL).
INSERT INTO ref_pppk_grade (code, rank_order, min_education, source) VALUES
('I', 1, 'SD', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('II', 2, 'SD', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('III', 3, 'SD', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('IV', 4, 'SMP', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('V', 5, 'SMA', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('VI', 6, 'D2', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('VII', 7, 'D3', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('VIII', 8, 'D3', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('IX', 9, 'D4', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('X', 10, 'S2', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('XI', 11, 'S3', 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]; configurable'),
('XII', 12, NULL, 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]'),
('XIII', 13, NULL, 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]'),
('XIV', 14, NULL, 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]'),
('XV', 15, NULL, 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]'),
('XVI', 16, NULL, 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]'),
('XVII', 17, NULL, 'PermenPAN-RB 72/2020; Perpres 98/2020 jo. Perpres 11/2024 [S]');

-- Jenjang jabatan. rank_order is the step on the job's own career ladder
-- (pelaksana 1 .. jpt_utama 6 for the managerial ladder; pertama/pemula 1 ..
-- utama/penyelia 4 for each functional ladder), so it compares only within
-- one ladder. standard_level is the managerial/socio-cultural level of
-- REGULATIONS 2.4 (a default: each job's SKJ may set its own). The golongan
-- range of JPT, administrator and pengawas is the union of the ranges of the
-- eselon they replace (REGULATIONS 5.3); functional ranges are REGULATIONS
-- 5.4. Pelaksana and pemula have no range in the sources (NULL).
INSERT INTO ref_jenjang (code, name, kind, rank_order, standard_level, golongan_min, golongan_max, source) VALUES
('jpt_utama', 'JPT Utama', 'jpt', 6, 5, 'IV/d', 'IV/e', 'PermenPAN-RB 38/2017 level [S]; UU 5/2014 Ps 131 + PP 13/2002 eselon I.a ranks [S]; configurable'),
('jpt_madya', 'JPT Madya', 'jpt', 5, 5, 'IV/c', 'IV/e', 'PermenPAN-RB 38/2017 level [S]; UU 5/2014 Ps 131 + PP 13/2002 eselon I.a/I.b ranks [S]; configurable'),
('jpt_pratama', 'JPT Pratama', 'jpt', 4, 4, 'IV/b', 'IV/d', 'PermenPAN-RB 38/2017 level (SKJ Kepala Satpol PP) [P]; UU 5/2014 Ps 131 + PP 13/2002 eselon II ranks [S]'),
('administrator', 'Administrator', 'administrasi', 3, 3, 'III/d', 'IV/b', 'PermenPAN-RB 38/2017 level [S]; UU 5/2014 Ps 131 + PP 13/2002 eselon III ranks [S]; configurable'),
('pengawas', 'Pengawas', 'administrasi', 2, 2, 'III/b', 'III/d', 'PermenPAN-RB 38/2017 level [S]; UU 5/2014 Ps 131 + PP 13/2002 eselon IV ranks [S]; configurable'),
('pelaksana', 'Pelaksana', 'administrasi', 1, 1, NULL, NULL, 'PermenPAN-RB 38/2017 level [S]; configurable'),
('ahli_utama', 'Ahli Utama', 'fungsional_keahlian', 4, 5, 'IV/d', 'IV/e', 'Latsar summary citing PermenPAN-RB 38/2017 and KMK 954/2019 [S]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('ahli_madya', 'Ahli Madya', 'fungsional_keahlian', 3, 4, 'IV/a', 'IV/c', 'Latsar summary citing PermenPAN-RB 38/2017 and KMK 954/2019 [S]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('ahli_muda', 'Ahli Muda', 'fungsional_keahlian', 2, 3, 'III/c', 'III/d', 'Latsar summary citing PermenPAN-RB 38/2017 and KMK 954/2019 [S]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('ahli_pertama', 'Ahli Pertama', 'fungsional_keahlian', 1, 2, 'III/a', 'III/b', 'Latsar summary citing PermenPAN-RB 38/2017 and KMK 954/2019 [S]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('penyelia', 'Penyelia', 'fungsional_keterampilan', 4, 3, 'III/c', 'III/d', 'Level inferred from the golongan band of Ahli Muda [U]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('mahir', 'Mahir', 'fungsional_keterampilan', 3, 2, 'III/a', 'III/b', 'Level inferred from the golongan band of Ahli Pertama [U]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('terampil', 'Terampil', 'fungsional_keterampilan', 2, 1, 'II/c', 'II/d', 'Level inferred from the golongan band of pelaksana [U]; golongan per PermenPAN-RB 1/2023 practice [I]; configurable'),
('pemula', 'Pemula', 'fungsional_keterampilan', 1, 1, NULL, NULL, 'Latsar summary citing PermenPAN-RB 38/2017 and KMK 954/2019 [S]; configurable');

-- Eselon (rank_order 1 = I.a, the most senior), with the lowest and highest
-- rank and the UU ASN equivalent (REGULATIONS 5.3). I.a is JPT Utama only
-- for heads of an LPNK; the common case, JPT Madya, is stored.
INSERT INTO ref_eselon (code, rank_order, golongan_min, golongan_max, jenjang_code, source) VALUES
('I.a', 1, 'IV/d', 'IV/e', 'jpt_madya', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (JPT Utama if head of LPNK, else JPT Madya) [S]'),
('I.b', 2, 'IV/c', 'IV/e', 'jpt_madya', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('II.a', 3, 'IV/c', 'IV/d', 'jpt_pratama', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('II.b', 4, 'IV/b', 'IV/c', 'jpt_pratama', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('III.a', 5, 'IV/a', 'IV/b', 'administrator', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('III.b', 6, 'III/d', 'IV/a', 'administrator', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('IV.a', 7, 'III/c', 'III/d', 'pengawas', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('IV.b', 8, 'III/b', 'III/c', 'pengawas', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]'),
('V.a', 9, 'III/a', 'III/b', 'pelaksana', 'PP 100/2000 jo. PP 13/2002 (ranks); UU 5/2014 Ps 131 (equivalence) [S]');

-- Managerial (M.01..M.08, Lampiran II order) and socio-cultural competencies
-- (REGULATIONS 2.2). siasn_field is the key of SIASN /kompetensi/kompetensi/save.
INSERT INTO ref_competency (code, kind, rank_order, name, name_en, siasn_field, definition, source) VALUES
('M.01', 'manajerial', 1, 'Integritas', 'Integrity', 'integritas',
 'Kesediaan untuk selalu jujur dan bertindak sesuai nilai, norma, dan kode etik, serta bertanggung jawab atas keputusan dan akibatnya.',
 'PermenPAN-RB 38/2017 Lampiran II [P]'),
('M.02', 'manajerial', 2, 'Kerjasama', 'Teamwork', 'kerjasama',
 'Kesediaan bekerja bersama orang lain, saling membantu, dan menggabungkan kekuatan tim agar sasaran bersama tercapai.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.02 [U])'),
('M.03', 'manajerial', 3, 'Komunikasi', 'Communication', 'komunikasi',
 'Kemampuan menyampaikan dan menerima informasi, gagasan, dan pendapat secara jelas, santun, dan tepat sasaran, baik lisan maupun tertulis.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.03 [U])'),
('M.04', 'manajerial', 4, 'Orientasi pada Hasil', 'Results Orientation', 'orientasiPadaHasil',
 'Dorongan untuk menuntaskan pekerjaan dengan mutu dan ketepatan waktu yang memenuhi atau melampaui target yang ditetapkan.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.04 [U])'),
('M.05', 'manajerial', 5, 'Pelayanan Publik', 'Public Service', 'pelayananPublik',
 'Kemampuan memberikan layanan yang adil, terbuka, cepat, dan mengutamakan kepentingan masyarakat.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.05 [U])'),
('M.06', 'manajerial', 6, 'Pengembangan Diri dan Orang Lain', 'Developing Self and Others', 'pengembanganDiriDanOrla',
 'Upaya terus-menerus meningkatkan kemampuan diri sendiri sekaligus mendorong orang lain untuk belajar dan berkembang.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.06 [U])'),
('M.07', 'manajerial', 7, 'Mengelola Perubahan', 'Managing Change', 'mengelolaPerubahan',
 'Kemampuan menyesuaikan diri dengan perubahan dan menuntun orang lain melewatinya secara terencana.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.07 [U])'),
('M.08', 'manajerial', 8, 'Pengambilan Keputusan', 'Decision Making', 'pengambilanKeputusan',
 'Kemampuan menimbang informasi dan pilihan secara cermat untuk menetapkan tindakan yang tepat, tepat waktu, dan dapat dipertanggungjawabkan.',
 'PermenPAN-RB 38/2017 Lampiran II (order [P], code M.08 [U])'),
('SK.01', 'sosial_kultural', 9, 'Perekat Bangsa', 'Social Cohesion', 'perekatBangsa',
 'Kemampuan menghargai keberagaman suku, agama, budaya, dan pandangan, serta menjadikannya kekuatan bagi persatuan dalam menjalankan tugas.',
 'PermenPAN-RB 38/2017 Lampiran (sosial kultural) [S]; code SK.01 [U]');

-- Level descriptions (REGULATIONS 2.3): levels are cumulative and widen in
-- scope - L1 oneself, L2 one's own work group, L3 the unit one leads, L4 the
-- whole instansi, L5 national and strategic.
INSERT INTO ref_competency_level (competency_code, level, description, source) VALUES
('M.01', 1, 'Bertindak jujur serta taat pada nilai, norma, dan kode etik dalam pekerjaannya sendiri.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.01', 2, 'Mengingatkan dan mengajak rekan dalam kelompok kerjanya untuk bertindak jujur dan etis.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.01', 3, 'Menanamkan dan menjaga perilaku etis pada orang-orang di unit yang dipimpinnya, termasuk dengan memberi pujian dan teguran.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.01', 4, 'Membangun iklim kerja yang membuat seluruh pemangku kepentingan di instansi mematuhi etika, dan berani meluruskan penyimpangan.', 'PermenPAN-RB 38/2017 SKJ Kepala Satpol PP (JPT Pratama), own wording [P]'),
('M.01', 5, 'Menjadi teladan integritas di tingkat nasional dan ikut membentuk kebijakan yang menegakkan etika penyelenggaraan negara.', 'PermenPAN-RB 38/2017 scope pattern, own wording [U]; configurable'),
('M.02', 1, 'Ikut aktif dalam tugas kelompok dan menuntaskan bagian pekerjaannya sendiri sesuai kesepakatan.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.02', 2, 'Membantu dan berbagi informasi dengan rekan dalam kelompok kerjanya agar tugas bersama selesai.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.02', 3, 'Membangun tim yang kompak di unit yang dipimpinnya dan memanfaatkan kekuatan setiap anggota.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.02', 4, 'Membangun jejaring kerja sama lintas unit di seluruh instansi untuk mencapai sasaran organisasi.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.02', 5, 'Menjalin kemitraan strategis dengan instansi lain dan pemangku kepentingan nasional demi tujuan bersama.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.03', 1, 'Menyampaikan informasi dengan jelas dan mendengarkan orang lain dengan sungguh-sungguh dalam tugasnya sendiri.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.03', 2, 'Menyesuaikan cara penyampaian dengan lawan bicara di kelompok kerjanya dan memastikan pesannya dipahami.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.03', 3, 'Mengelola komunikasi di unit yang dipimpinnya, termasuk menyampaikan hal sulit dan menengahi perbedaan pendapat.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.03', 4, 'Menyusun dan menjalankan strategi komunikasi instansi kepada berbagai pemangku kepentingan.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.03', 5, 'Mewakili pemerintah dalam komunikasi publik berskala nasional dan meyakinkan pihak terkait tentang isu strategis.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.04', 1, 'Menyelesaikan tugasnya sendiri tepat waktu dan sesuai standar mutu yang ditetapkan.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.04', 2, 'Menetapkan target yang menantang bagi kelompok kerjanya dan memantau pencapaiannya.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.04', 3, 'Memperbaiki cara kerja di unit yang dipimpinnya agar hasilnya lebih efektif dan efisien.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.04', 4, 'Menetapkan sasaran kinerja instansi dan mengarahkan sumber daya untuk mencapainya.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.04', 5, 'Mendorong capaian kinerja yang berdampak nasional dan menetapkan ukuran keberhasilan jangka panjang.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.05', 1, 'Melayani masyarakat dengan ramah, jujur, dan sesuai prosedur dalam tugasnya sendiri.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.05', 2, 'Bersama kelompok kerjanya menanggapi kebutuhan pengguna layanan dan menindaklanjuti keluhan.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.05', 3, 'Memantau dan memperbaiki mutu layanan di unit yang dipimpinnya berdasarkan masukan pengguna.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.05', 4, 'Merancang kebijakan dan sistem layanan instansi yang adil, terbuka, dan mudah dijangkau.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.05', 5, 'Menentukan arah kebijakan pelayanan publik nasional yang mengutamakan kepentingan masyarakat luas.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.06', 1, 'Mengenali kekurangan dirinya dan aktif belajar untuk meningkatkan kemampuannya sendiri.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.06', 2, 'Berbagi pengetahuan dan memberi masukan kepada rekan di kelompok kerjanya agar ikut berkembang.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.06', 3, 'Membimbing dan memberi kesempatan belajar kepada pegawai di unit yang dipimpinnya.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.06', 4, 'Menyusun program pengembangan kompetensi pegawai untuk seluruh instansi.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.06', 5, 'Membangun budaya belajar dan sistem pengembangan talenta aparatur di tingkat nasional.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.07', 1, 'Menyesuaikan diri dengan perubahan dan bersedia mempelajari cara kerja baru.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.07', 2, 'Membantu rekan di kelompok kerjanya menerima dan menjalankan perubahan.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.07', 3, 'Memimpin pelaksanaan perubahan di unit yang dipimpinnya dan mengatasi hambatannya.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.07', 4, 'Merancang dan mengawal program perubahan yang menyangkut seluruh instansi.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.07', 5, 'Memprakarsai pembaruan berskala nasional dan menggerakkan para pemangku kepentingan untuk mendukungnya.', 'PermenPAN-RB 38/2017 level scope (REGULATIONS 2.3), own wording [S]; configurable'),
('M.08', 1, 'Mengumpulkan informasi yang diperlukan sebelum memutuskan hal yang menjadi kewenangannya sendiri.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.08', 2, 'Menelaah akar masalah secara mendalam sebelum mengambil keputusan bagi kelompok kerjanya.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.08', 3, 'Membandingkan beberapa pilihan beserta risiko dan peluang keberhasilannya sebelum memutuskan bagi unit yang dipimpinnya.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.08', 4, 'Memutuskan persoalan berisiko tinggi di tingkat instansi dengan memperhitungkan dampak dan langkah mitigasinya.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('M.08', 5, 'Menetapkan keputusan strategis jangka panjang yang berdampak nasional.', 'PermenPAN-RB 38/2017 Lampiran II, own wording [P]'),
('SK.01', 1, 'Peka terhadap perbedaan latar belakang orang lain dan menerima keberagaman dalam sikapnya sendiri.', 'PermenPAN-RB 38/2017 sosial kultural, own wording [I][S]'),
('SK.01', 2, 'Menumbuhkan sikap saling menghormati dan menonjolkan kesamaan di antara rekan dalam kelompok kerjanya.', 'PermenPAN-RB 38/2017 sosial kultural, own wording [I][S]'),
('SK.01', 3, 'Mendorong toleransi dan persatuan di antara pegawai di unit yang dipimpinnya.', 'PermenPAN-RB 38/2017 sosial kultural, own wording [I][S]'),
('SK.01', 4, 'Mengelola keberagaman di instansi secara kreatif sehingga menjadi kekuatan organisasi.', 'PermenPAN-RB 38/2017 sosial kultural, own wording [I][S]'),
('SK.01', 5, 'Mewakili pemerintah dalam merajut hubungan sosial dengan masyarakat luas demi keutuhan bangsa.', 'PermenPAN-RB 38/2017 sosial kultural, own wording [I][S]');

-- SKP predikat matrix (REGULATIONS 6); the same values as skp_matrix_default().
INSERT INTO ref_skp_predikat (rating_hasil, rating_perilaku, predikat, source) VALUES
('di_atas', 'di_atas', 'sangat_baik', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('di_atas', 'sesuai', 'baik', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('di_atas', 'di_bawah', 'kurang', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('sesuai', 'di_atas', 'baik', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('sesuai', 'sesuai', 'baik', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('sesuai', 'di_bawah', 'kurang', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('di_bawah', 'di_atas', 'butuh_perbaikan', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('di_bawah', 'sesuai', 'butuh_perbaikan', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable'),
('di_bawah', 'di_bawah', 'sangat_kurang', 'PermenPAN-RB 6/2022 matrix as implemented [I]; configurable');

-- Potential aspects (REGULATIONS 7.3). siasn_field is the key of SIASN
-- /kompetensi/potensi/save where that endpoint has one (LANDSCAPE 0), else NULL.
INSERT INTO ref_potential_aspect (code, rank_order, name, name_en, siasn_field, source) VALUES
('intelektual', 1, 'Kemampuan Intelektual', 'Intellectual Ability', 'intelektual', 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('interpersonal', 2, 'Kemampuan Interpersonal', 'Interpersonal Ability', 'interpersonal', 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('kesadaran_diri', 3, 'Kesadaran Diri', 'Self-Awareness', 'kesadaranDiri', 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('berpikir_kritis', 4, 'Kemampuan Berpikir Kritis dan Strategis', 'Critical and Strategic Thinking', 'berfikirKritis', 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('menyelesaikan_masalah', 5, 'Kemampuan Menyelesaikan Permasalahan', 'Problem Solving', NULL, 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('kecerdasan_emosional', 6, 'Kecerdasan Emosional', 'Emotional Intelligence', NULL, 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('belajar_cepat', 7, 'Kemampuan Belajar Cepat dan Mengembangkan Diri', 'Learning Agility', NULL, 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]'),
('motivasi_komitmen', 8, 'Motivasi dan Komitmen', 'Motivation and Commitment', 'motivasiKomitmen', 'PermenPAN-RB 20/2025 Ps 17 (PermenPAN-RB 3/2020 practice) [P]');

-- Disciplinary sanction levels. REGULATIONS.md does not cover PP 94/2021,
-- hence [U].
INSERT INTO ref_sanction_level (code, rank_order, name, source) VALUES
('ringan', 1, 'Hukuman Disiplin Ringan', 'PP 94/2021 tentang Disiplin PNS, Ps 8 [U]'),
('sedang', 2, 'Hukuman Disiplin Sedang', 'PP 94/2021 tentang Disiplin PNS, Ps 8 [U]'),
('berat', 3, 'Hukuman Disiplin Berat', 'PP 94/2021 tentang Disiplin PNS, Ps 8 [U]');
