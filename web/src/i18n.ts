// i18n: every user-facing string goes through t(). Bahasa Indonesia is the default;
// English is a switch persisted in localStorage. A key missing in English falls back
// to Indonesian, a key missing everywhere shows the key itself (easy to spot).

export type Lang = 'id' | 'en';
export const LANGS: Lang[] = ['id', 'en'];
export const STORAGE_KEY = 'merit.lang';

type Dict = Record<string, string>;

const id: Dict = {
  'app.name': 'merit',
  'app.tagline': 'Penilaian kompetensi dan manajemen talenta ASN',
  'app.loading': 'Memuat…',
  'app.skip': 'Lewati ke isi',
  'app.error': 'Terjadi kesalahan',
  'app.retry': 'Coba lagi',
  'app.notFound': 'Halaman tidak ditemukan',
  'app.notFound.body': 'Alamat {path} tidak ada di aplikasi ini.',
  'app.forbidden': 'Tidak ada akses',
  'app.forbidden.body': 'Peran Anda tidak dapat membuka halaman ini.',
  'app.none': '—',
  'app.back': 'Kembali',
  'app.home': 'Ke beranda',

  'lang.label': 'Bahasa',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',

  'top.agency': 'Instansi',
  'top.user': 'Pengguna',
  'top.role': 'Peran',
  'top.logout': 'Keluar',
  'top.menu': 'Menu',

  'role.super_admin': 'Admin pusat',
  'role.admin': 'Admin instansi',
  'role.operator': 'Operator BKPSDM',
  'role.assessor': 'Asesor',
  'role.committee': 'Anggota pansel',
  'role.head': 'Kepala daerah / PPK',
  'role.employee': 'Pegawai',

  'menu.dashboard': 'Dasbor',
  'menu.employees': 'Pegawai',
  'menu.positions': 'Jabatan',
  'menu.imports': 'Impor data',
  'menu.waves': 'Gelombang asesmen',
  'menu.talent': 'Talenta',
  'menu.moves': 'Mutasi',
  'menu.committee': 'Pansel',
  'menu.audit': 'Log audit',
  'menu.accounts': 'Pengguna',
  'menu.policies': 'Kebijakan',
  'menu.myAssessments': 'Asesmen saya',
  'menu.myProfile': 'Profil saya',
  'menu.myResults': 'Hasil saya',

  'login.title': 'Masuk',
  'login.username': 'Nama pengguna',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.busy': 'Memeriksa…',
  'login.required': 'Isi nama pengguna dan kata sandi.',
  'login.expired': 'Sesi Anda berakhir; silakan masuk lagi.',

  'pw.title': 'Ganti kata sandi',
  'pw.intro': 'Akun Anda dibuat atau diatur ulang oleh admin: ganti kata sandi sebelum melanjutkan.',
  'pw.current': 'Kata sandi saat ini',
  'pw.new': 'Kata sandi baru',
  'pw.repeat': 'Ulangi kata sandi baru',
  'pw.rules': '10–256 karakter, tidak sama dengan nama pengguna.',
  'pw.mismatch': 'Kedua kata sandi baru tidak sama.',
  'pw.short': 'Kata sandi baru minimal 10 karakter.',
  'pw.submit': 'Simpan kata sandi',
  'pw.done': 'Kata sandi diganti. Silakan masuk dengan kata sandi baru.',

  'dash.title': 'Dasbor',
  'dash.unit': 'Unit kerja',
  'dash.allUnits': 'Seluruh instansi',
  'dash.asOf': 'Per tanggal {date}',
  'dash.unavailable': 'Dasbor belum tersedia di server ini (GET /api/v1/dashboard).',
  'dash.headcount': 'Jumlah pegawai',
  'dash.assessed': 'Sudah diases (hasil berlaku)',
  'dash.share': '{pct} dari pegawai',
  'dash.positions': 'Jabatan',
  'dash.vacant': '{n} kosong, {k} di antaranya jabatan kunci',
  'dash.retiring': 'Pensiun 12 / 24 bulan',
  'dash.byJenjang': 'Pegawai per jenjang jabatan',
  'dash.byGolongan': 'Pegawai per golongan',
  'dash.byStatus': 'Pegawai per status',
  'dash.jpm': 'Sebaran JPM',
  'dash.byCategory': 'Kategori hasil asesmen',
  'dash.ninebox': 'Peta 9 kotak talenta',
  'dash.talentPeriod': 'Periode {period} ({status})',
  'dash.noTalent': 'Belum ada periode talenta.',
  'dash.pool': 'Kelompok rencana suksesi: {n}',
  'dash.notPlaced': 'Belum dapat dipetakan: {n}',
  'dash.expiring': 'Hasil asesmen yang berakhir dalam {days} hari ({n})',
  'dash.noExpiring': 'Tidak ada hasil yang segera berakhir.',
  'dash.count': 'Jumlah',

  'box.perf': 'Kinerja',
  'box.pot': 'Potensial',
  'box.perf.high': 'Di atas ekspektasi',
  'box.perf.mid': 'Sesuai ekspektasi',
  'box.perf.low': 'Di bawah ekspektasi',
  'box.pot.low': 'Rendah',
  'box.pot.mid': 'Menengah',
  'box.pot.high': 'Tinggi',
  'box.cell': 'Kotak {box}: {n} orang',
  'box.n': 'Kotak {box}',

  'emp.title': 'Pegawai',
  'emp.search': 'Cari nama atau NIP',
  'emp.unit': 'Unit kerja',
  'emp.jenjang': 'Jenjang',
  'emp.golongan': 'Golongan',
  'emp.status': 'Status',
  'emp.all': 'Semua',
  'emp.reset': 'Hapus filter',
  'emp.nip': 'NIP',
  'emp.name': 'Nama',
  'emp.position': 'Jabatan',
  'emp.birth': 'Tanggal lahir',
  'emp.total': '{n} pegawai',
  'emp.range': '{from}–{to} dari {total}',
  'emp.prev': 'Sebelumnya',
  'emp.next': 'Berikutnya',
  'emp.empty': 'Tidak ada pegawai yang cocok.',
  'emp.sortBy': 'Urutkan menurut {col}',
  'emp.perPage': 'Baris per halaman',
  'emp.pager': 'Halaman',

  'prof.identity': 'Identitas',
  'prof.nipDecoded': 'Yang tertulis di NIP',
  'prof.nipBirth': 'Tanggal lahir (NIP)',
  'prof.nipTmt': 'TMT CPNS (NIP)',
  'prof.nipSex': 'Jenis kelamin (NIP)',
  'prof.nipSeq': 'Nomor urut',
  'prof.nipInvalid': 'NIP ini tidak sesuai format 18 digit: {reason}',
  'prof.nipMismatch': 'berbeda dengan data kepegawaian',
  'prof.sex': 'Jenis kelamin',
  'prof.birth': 'Tanggal lahir',
  'prof.tmtCpns': 'TMT CPNS',
  'prof.status': 'Status kepegawaian',
  'prof.education': 'Pendidikan',
  'prof.position': 'Jabatan',
  'prof.unit': 'Unit kerja',
  'prof.jenjang': 'Jenjang',
  'prof.eselon': 'Eselon',
  'prof.tmtJabatan': 'TMT jabatan',
  'prof.golongan': 'Golongan',
  'prof.tmtGolongan': 'TMT golongan',
  'prof.skp': 'Riwayat SKP',
  'prof.skp.year': 'Tahun',
  'prof.skp.hasil': 'Rating hasil kerja',
  'prof.skp.perilaku': 'Rating perilaku',
  'prof.skp.predikat': 'Predikat',
  'prof.skp.none': 'Belum ada SKP.',
  'prof.sanctions': 'Hukuman disiplin',
  'prof.sanctions.none': 'Tidak ada hukuman disiplin.',
  'prof.career': 'Riwayat jabatan',
  'prof.report.pdf': 'Unduh laporan individu (PDF)',
  'export.label': 'Unduh semua:',
  'pdf.download': 'Unduh PDF',
  'pdf.recap': 'Rekap gelombang (PDF)',
  'pdf.ninebox': 'Poster 9 kotak (PDF)',
  'pdf.slate': 'Daftar suksesi (PDF)',
  'pdf.minutes': 'Berita acara (PDF)',
  'pdf.letter': 'Surat rekomendasi (PDF)',
  'pdf.package': 'Paket mutasi (PDF)',
  'prof.career.none': 'Belum ada riwayat jabatan.',
  'prof.career.position': 'Jabatan',
  'prof.career.unit': 'Unit kerja',
  'prof.career.period': 'Masa (TMT)',
  'prof.career.now': 'sekarang',
  'prof.rank': 'Riwayat golongan',
  'prof.rank.none': 'Belum ada riwayat golongan.',
  'prof.training': 'Diklat dan pelatihan',
  'prof.training.none': 'Belum ada diklat tercatat.',
  'prof.training.hours': '{n} JP',
  'prof.assessment': 'Asesmen terakhir',
  'prof.assessment.none': 'Belum ada hasil asesmen.',
  'prof.jpm': 'JPM',
  'prof.category': 'Kategori',
  'prof.potential': 'Potensi',
  'prof.validUntil': 'Berlaku sampai',
  'prof.wave': 'Gelombang',
  'prof.talent': 'Kotak talenta',
  'prof.talent.none': 'Belum dipetakan.',
  'prof.results': 'Hasil asesmen',
  'prof.results.none': 'Belum ada hasil yang dapat ditampilkan.',
  'prof.radar': 'Level kompetensi individu (LKI) terhadap standar jabatan (LKJ)',
  'prof.lki': 'LKI (individu)',
  'prof.lkj': 'LKJ (standar jabatan)',
  'prof.competency': 'Kompetensi',
  'prof.gap': 'Selisih',
  'prof.strengths': 'Kekuatan',
  'prof.development': 'Perlu dikembangkan',
  'prof.fit': 'Jabatan yang paling cocok',
  'prof.fit.current': 'Jabatan sekarang: peringkat {rank} dari {total}',
  'prof.fit.rank': 'Peringkat',
  'prof.fit.req': 'Syarat',
  'prof.fit.met': 'terpenuhi',
  'prof.fit.unmet': 'belum: {what}',
  'prof.fit.none': 'Belum dapat dihitung (tidak ada hasil asesmen yang berlaku).',
  'prof.expired': 'kedaluwarsa',
  'prof.current': 'berlaku',
  'prof.unpublished': 'belum diumumkan',
  'prof.mine.title': 'Profil saya',
  'prof.mine.noNip': 'Server tidak menyebut NIP akun ini. Masukkan NIP Anda untuk membuka profil.',
  'prof.mine.open': 'Buka profil',

  'sex.L': 'Laki-laki',
  'sex.P': 'Perempuan',

  'imp.title': 'Impor data',
  'imp.intro': 'Impor bersifat semua-atau-tidak-sama-sekali: bila ada satu baris salah, tidak ada yang ditulis dan setiap masalah dicantumkan.',
  'imp.kind': 'Jenis data',
  'imp.kind.units': 'Unit kerja',
  'imp.kind.positions': 'Jabatan (dengan SKJ)',
  'imp.kind.employees': 'Pegawai',
  'imp.kind.position-history': 'Riwayat jabatan',
  'imp.kind.golongan-history': 'Riwayat golongan',
  'imp.kind.skp': 'SKP',
  'imp.kind.sanctions': 'Hukuman disiplin',
  'imp.kind.training': 'Pelatihan',
  'imp.file': 'Berkas (CSV, XLSX atau JSON)',
  'imp.drop': 'Tarik berkas ke sini, atau',
  'imp.pick': 'pilih berkas',
  'imp.chosen': 'Dipilih: {name} ({size})',
  'imp.dryRun': 'Uji saja (dry run): periksa tanpa menulis',
  'imp.submit': 'Unggah dan impor',
  'imp.uploading': 'Mengunggah…',
  'imp.noFile': 'Pilih berkas dulu.',
  'imp.state.queued': 'Dalam antrean',
  'imp.state.running': 'Sedang diproses',
  'imp.state.done': 'Selesai',
  'imp.state.failed': 'Gagal',
  'imp.progress': '{done} dari {total} baris',
  'imp.progressUnknown': '{done} baris diproses',
  'imp.doneSummary': '{rows} baris: {inserted} baru, {updated} diubah, {unchanged} tidak berubah.',
  'imp.dryRunDone': 'Uji selesai, tidak ada yang ditulis: {rows} baris akan diproses ({inserted} baru, {updated} diubah, {unchanged} tidak berubah).',
  'imp.failedNothing': 'Tidak ada yang ditulis.',
  'imp.errors': 'Masalah per baris',
  'imp.row': 'Baris',
  'imp.field': 'Kolom',
  'imp.code': 'Kode',
  'imp.message': 'Keterangan',
  'imp.recent': 'Impor terakhir',
  'imp.when': 'Waktu',
  'imp.by': 'Oleh',
  'imp.fileName': 'Berkas',
  'imp.again': 'Impor berkas lain',

  'cat.optimal': 'Optimal',
  'cat.cukup_optimal': 'Cukup optimal',
  'cat.kurang_optimal': 'Kurang optimal',

  'pot.rendah': 'rendah',
  'pot.menengah': 'menengah',
  'pot.tinggi': 'tinggi',

  'talent.proposed': 'usulan',
  'talent.reviewed': 'ditinjau',
  'talent.set': 'ditetapkan',

  'jenjang.jpt_utama': 'JPT Utama',
  'jenjang.jpt_madya': 'JPT Madya',
  'jenjang.jpt_pratama': 'JPT Pratama',
  'jenjang.administrator': 'Administrator',
  'jenjang.pengawas': 'Pengawas',
  'jenjang.pelaksana': 'Pelaksana',
  'jenjang.ahli_utama': 'Ahli Utama',
  'jenjang.ahli_madya': 'Ahli Madya',
  'jenjang.ahli_muda': 'Ahli Muda',
  'jenjang.ahli_pertama': 'Ahli Pertama',
  'jenjang.penyelia': 'Penyelia',
  'jenjang.mahir': 'Mahir',
  'jenjang.terampil': 'Terampil',
  'jenjang.pemula': 'Pemula',

  'rating.di_atas': 'Di atas ekspektasi',
  'rating.sesuai': 'Sesuai ekspektasi',
  'rating.di_bawah': 'Di bawah ekspektasi',
  'predikat.sangat_baik': 'Sangat baik',
  'predikat.baik': 'Baik',
  'predikat.butuh_perbaikan': 'Butuh perbaikan',
  'predikat.kurang': 'Kurang',
  'predikat.sangat_kurang': 'Sangat kurang',

  'err.network': 'Server tidak dapat dihubungi.',
  'err.badAnswer': 'Jawaban server tidak dapat dibaca (status {status}).',
};

const en: Dict = {
  'app.tagline': 'Competency assessment and talent management for the civil service',
  'app.loading': 'Loading…',
  'app.skip': 'Skip to content',
  'app.error': 'Something went wrong',
  'app.retry': 'Try again',
  'app.notFound': 'Page not found',
  'app.notFound.body': 'There is no {path} in this application.',
  'app.forbidden': 'No access',
  'app.forbidden.body': 'Your role cannot open this page.',
  'app.back': 'Back',
  'app.home': 'Go home',

  'lang.label': 'Language',

  'top.agency': 'Agency',
  'top.user': 'User',
  'top.role': 'Role',
  'top.logout': 'Sign out',
  'top.menu': 'Menu',

  'role.super_admin': 'Super admin',
  'role.admin': 'Agency admin',
  'role.operator': 'BKPSDM operator',
  'role.assessor': 'Assessor',
  'role.committee': 'Committee member',
  'role.head': 'Regional head / PPK',
  'role.employee': 'Employee',

  'menu.dashboard': 'Dashboard',
  'menu.employees': 'Employees',
  'menu.positions': 'Positions',
  'menu.imports': 'Data import',
  'menu.waves': 'Assessment waves',
  'menu.talent': 'Talent',
  'menu.moves': 'Moves',
  'menu.committee': 'Selection committee',
  'menu.audit': 'Audit log',
  'menu.accounts': 'Accounts',
  'menu.policies': 'Policies',
  'menu.myAssessments': 'My assessments',
  'menu.myProfile': 'My profile',
  'menu.myResults': 'My results',

  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Checking…',
  'login.required': 'Enter your username and password.',
  'login.expired': 'Your session ended; please sign in again.',

  'pw.title': 'Change password',
  'pw.intro': 'An admin created or reset your account: change your password before going on.',
  'pw.current': 'Current password',
  'pw.new': 'New password',
  'pw.repeat': 'Repeat the new password',
  'pw.rules': '10–256 characters, not your username.',
  'pw.mismatch': 'The two new passwords differ.',
  'pw.short': 'The new password needs at least 10 characters.',
  'pw.submit': 'Save password',
  'pw.done': 'Password changed. Please sign in with the new one.',

  'dash.title': 'Dashboard',
  'dash.unit': 'Unit',
  'dash.allUnits': 'Whole agency',
  'dash.asOf': 'As of {date}',
  'dash.unavailable': 'This server has no dashboard yet (GET /api/v1/dashboard).',
  'dash.headcount': 'Headcount',
  'dash.assessed': 'Assessed (valid result)',
  'dash.share': '{pct} of employees',
  'dash.positions': 'Positions',
  'dash.vacant': '{n} vacant, {k} of them key positions',
  'dash.retiring': 'Retiring in 12 / 24 months',
  'dash.byJenjang': 'Employees by position level',
  'dash.byGolongan': 'Employees by grade (golongan)',
  'dash.byStatus': 'Employees by status',
  'dash.jpm': 'JPM distribution',
  'dash.byCategory': 'Assessment result categories',
  'dash.ninebox': 'Talent 9-box',
  'dash.talentPeriod': 'Period {period} ({status})',
  'dash.noTalent': 'No talent period yet.',
  'dash.pool': 'Succession pool: {n}',
  'dash.notPlaced': 'Cannot be placed yet: {n}',
  'dash.expiring': 'Assessment results ending within {days} days ({n})',
  'dash.noExpiring': 'No results end soon.',
  'dash.count': 'Count',

  'box.perf': 'Performance',
  'box.pot': 'Potential',
  'box.perf.high': 'Above expectation',
  'box.perf.mid': 'Meets expectation',
  'box.perf.low': 'Below expectation',
  'box.pot.low': 'Low',
  'box.pot.mid': 'Middle',
  'box.pot.high': 'High',
  'box.cell': 'Box {box}: {n} people',
  'box.n': 'Box {box}',

  'emp.title': 'Employees',
  'emp.search': 'Search name or NIP',
  'emp.unit': 'Unit',
  'emp.jenjang': 'Level',
  'emp.golongan': 'Grade',
  'emp.status': 'Status',
  'emp.all': 'All',
  'emp.reset': 'Clear filters',
  'emp.name': 'Name',
  'emp.position': 'Position',
  'emp.birth': 'Birth date',
  'emp.total': '{n} employees',
  'emp.range': '{from}–{to} of {total}',
  'emp.prev': 'Previous',
  'emp.next': 'Next',
  'emp.empty': 'No employee matches.',
  'emp.sortBy': 'Sort by {col}',
  'emp.perPage': 'Rows per page',
  'emp.pager': 'Pages',

  'prof.identity': 'Identity',
  'prof.nipDecoded': 'What the NIP says',
  'prof.nipBirth': 'Birth date (NIP)',
  'prof.nipTmt': 'TMT CPNS (NIP)',
  'prof.nipSex': 'Sex (NIP)',
  'prof.nipSeq': 'Sequence number',
  'prof.nipInvalid': 'This NIP does not follow the 18-digit format: {reason}',
  'prof.nipMismatch': 'differs from the personnel record',
  'prof.sex': 'Sex',
  'prof.birth': 'Birth date',
  'prof.tmtCpns': 'TMT CPNS',
  'prof.status': 'Employment status',
  'prof.education': 'Education',
  'prof.position': 'Position',
  'prof.unit': 'Unit',
  'prof.jenjang': 'Level',
  'prof.eselon': 'Eselon',
  'prof.tmtJabatan': 'In position since',
  'prof.golongan': 'Grade (golongan)',
  'prof.tmtGolongan': 'Grade since',
  'prof.skp': 'Performance (SKP) history',
  'prof.skp.year': 'Year',
  'prof.skp.hasil': 'Results rating',
  'prof.skp.perilaku': 'Behaviour rating',
  'prof.skp.predikat': 'Predicate',
  'prof.skp.none': 'No SKP yet.',
  'prof.sanctions': 'Disciplinary sanctions',
  'prof.sanctions.none': 'No disciplinary sanctions.',
  'prof.career': 'Position history',
  'prof.report.pdf': 'Download the individual report (PDF)',
  'export.label': 'Download all:',
  'pdf.download': 'Download PDF',
  'pdf.recap': 'Wave recap (PDF)',
  'pdf.ninebox': '9-box poster (PDF)',
  'pdf.slate': 'Succession slate (PDF)',
  'pdf.minutes': 'Minutes (PDF)',
  'pdf.letter': 'Recommendation letter (PDF)',
  'pdf.package': 'Move package (PDF)',
  'prof.career.none': 'No position history yet.',
  'prof.career.position': 'Position',
  'prof.career.unit': 'Unit',
  'prof.career.period': 'Period (TMT)',
  'prof.career.now': 'now',
  'prof.rank': 'Rank (golongan) history',
  'prof.rank.none': 'No rank history yet.',
  'prof.training': 'Training',
  'prof.training.none': 'No training on record.',
  'prof.training.hours': '{n} lesson hours',
  'prof.assessment': 'Latest assessment',
  'prof.assessment.none': 'No assessment result yet.',
  'prof.category': 'Category',
  'prof.potential': 'Potential',
  'prof.validUntil': 'Valid until',
  'prof.wave': 'Wave',
  'prof.talent': 'Talent box',
  'prof.talent.none': 'Not placed.',
  'prof.results': 'Assessment results',
  'prof.results.none': 'No result to show.',
  'prof.radar': 'Individual competency level (LKI) against the position standard (LKJ)',
  'prof.lki': 'LKI (individual)',
  'prof.lkj': 'LKJ (position standard)',
  'prof.competency': 'Competency',
  'prof.gap': 'Gap',
  'prof.strengths': 'Strengths',
  'prof.development': 'To develop',
  'prof.fit': 'Best-fitting positions',
  'prof.fit.current': 'Current position: rank {rank} of {total}',
  'prof.fit.rank': 'Rank',
  'prof.fit.req': 'Requirements',
  'prof.fit.met': 'met',
  'prof.fit.unmet': 'not yet: {what}',
  'prof.fit.none': 'Cannot be computed (no valid assessment result).',
  'prof.expired': 'expired',
  'prof.current': 'valid',
  'prof.unpublished': 'not published',
  'prof.mine.title': 'My profile',
  'prof.mine.noNip': 'The server does not name this account\'s NIP. Enter your NIP to open your profile.',
  'prof.mine.open': 'Open profile',

  'sex.L': 'Male',
  'sex.P': 'Female',

  'imp.title': 'Data import',
  'imp.intro': 'Imports are all or nothing: when any row is wrong, nothing is written and every problem is listed.',
  'imp.kind': 'Kind of data',
  'imp.kind.units': 'Units',
  'imp.kind.positions': 'Positions (with SKJ)',
  'imp.kind.employees': 'Employees',
  'imp.kind.position-history': 'Position history',
  'imp.kind.golongan-history': 'Grade history',
  'imp.kind.skp': 'SKP (performance)',
  'imp.kind.sanctions': 'Disciplinary sanctions',
  'imp.kind.training': 'Training',
  'imp.file': 'File (CSV, XLSX or JSON)',
  'imp.drop': 'Drop a file here, or',
  'imp.pick': 'choose a file',
  'imp.chosen': 'Chosen: {name} ({size})',
  'imp.dryRun': 'Dry run: check without writing',
  'imp.submit': 'Upload and import',
  'imp.uploading': 'Uploading…',
  'imp.noFile': 'Choose a file first.',
  'imp.state.queued': 'Queued',
  'imp.state.running': 'Running',
  'imp.state.done': 'Done',
  'imp.state.failed': 'Failed',
  'imp.progress': '{done} of {total} rows',
  'imp.progressUnknown': '{done} rows processed',
  'imp.doneSummary': '{rows} rows: {inserted} new, {updated} updated, {unchanged} unchanged.',
  'imp.dryRunDone': 'Dry run finished, nothing was written: {rows} rows would be processed ({inserted} new, {updated} updated, {unchanged} unchanged).',
  'imp.failedNothing': 'Nothing was written.',
  'imp.errors': 'Problems row by row',
  'imp.row': 'Row',
  'imp.field': 'Column',
  'imp.code': 'Code',
  'imp.message': 'Message',
  'imp.recent': 'Recent imports',
  'imp.when': 'When',
  'imp.by': 'By',
  'imp.fileName': 'File',
  'imp.again': 'Import another file',

  'cat.optimal': 'Optimal',
  'cat.cukup_optimal': 'Fairly optimal',
  'cat.kurang_optimal': 'Below optimal',

  'pot.rendah': 'low',
  'pot.menengah': 'middle',
  'pot.tinggi': 'high',

  'talent.proposed': 'proposed',
  'talent.reviewed': 'reviewed',
  'talent.set': 'set',

  'jenjang.ahli_utama': 'Principal expert',
  'jenjang.ahli_madya': 'Senior expert',
  'jenjang.ahli_muda': 'Junior expert',
  'jenjang.ahli_pertama': 'Entry expert',
  'jenjang.penyelia': 'Supervisor (skilled)',
  'jenjang.mahir': 'Proficient',
  'jenjang.terampil': 'Skilled',
  'jenjang.pemula': 'Beginner',
  'jenjang.pelaksana': 'Staff (pelaksana)',

  'rating.di_atas': 'Above expectation',
  'rating.sesuai': 'Meets expectation',
  'rating.di_bawah': 'Below expectation',
  'predikat.sangat_baik': 'Very good',
  'predikat.baik': 'Good',
  'predikat.butuh_perbaikan': 'Needs improvement',
  'predikat.kurang': 'Poor',
  'predikat.sangat_kurang': 'Very poor',

  'err.network': 'The server cannot be reached.',
  'err.badAnswer': 'The server\'s answer cannot be read (status {status}).',
};

export const DICTS: Record<Lang, Dict> = { id, en };

/** Where the choice is kept; injectable for tests (localStorage in the browser). */
export interface LangStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStorage(): LangStorage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // storage disabled
  }
}

let storage: LangStorage | null = browserStorage();
let current: Lang = readStored();
const listeners = new Set<(l: Lang) => void>();

function readStored(): Lang {
  const v = storage?.getItem(STORAGE_KEY);
  return v === 'en' || v === 'id' ? v : 'id';
}

/** For tests: use this storage and re-read the language from it. */
export function setStorage(s: LangStorage | null): void {
  storage = s;
  current = readStored();
}

export function getLang(): Lang {
  return current;
}

export function setLang(l: Lang): void {
  if (l !== 'id' && l !== 'en') return;
  current = l;
  try {
    storage?.setItem(STORAGE_KEY, l);
  } catch {
    /* quota or disabled storage: the switch still works for this page */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = l;
  listeners.forEach((f) => f(l));
}

export function onLangChange(f: (l: Lang) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/**
 * Adds a page's own strings (each page module registers its dictionaries when it loads, so
 * pages can be written without touching this file). Later keys win.
 */
export function addMessages(idMsgs: Dict, enMsgs: Dict): void {
  Object.assign(DICTS.id, idMsgs);
  Object.assign(DICTS.en, enMsgs);
}

/** Translate `key`, replacing {name} with vars.name. */
export function t(key: string, vars?: Record<string, string | number>, lang: Lang = current): string {
  const s = DICTS[lang][key] ?? DICTS.id[key] ?? key;
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A label for a code in a family (jenjang.*, cat.*, ...): the code itself when unknown. */
export function label(family: string, code: string | null | undefined): string {
  if (code == null || code === '') return t('app.none');
  const key = `${family}.${code}`;
  const s = t(key);
  return s === key ? code : s;
}

export function locale(): string {
  return current === 'en' ? 'en-GB' : 'id-ID';
}

export function fmtNumber(n: number | null | undefined, digits = 0): string {
  if (n == null || Number.isNaN(n)) return t('app.none');
  return n.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** An ISO date (YYYY-MM-DD, or a timestamp) as a readable date in the current language. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return t('app.none');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function fmtMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return d.toLocaleDateString(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
