#include "services/demo_names.h"

#define N_(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void demo_rng_seed(struct demo_rng *r, uint64_t seed, uint64_t a, uint64_t b)
{
    /* Mix the stream numbers in with distinct odd multipliers so that
     * (seed, a, b) and (seed, b, a) give unrelated streams. */
    uint64_t x = seed ^ (a * 0xd1342543de82ef95ULL) ^ (b * 0xaf251af3b0f025b5ULL);

    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t demo_rng_next(struct demo_rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;

    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

uint32_t demo_rng_below(struct demo_rng *r, uint32_t n)
{
    return (uint32_t)(((demo_rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int demo_rng_range(struct demo_rng *r, int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + (int)demo_rng_below(r, (uint32_t)(hi - lo + 1));
}

int demo_rng_chance(struct demo_rng *r, int permille)
{
    return (int)demo_rng_below(r, 1000) < permille;
}

static const char *pick(struct demo_rng *r, const char *const *a, uint32_t n)
{
    return a[demo_rng_below(r, n)];
}

/* Javanese */
static const char *const jv_m1[] = {
    "Agus",   "Budi",  "Eko",   "Bambang", "Joko",  "Slamet", "Heru",  "Hadi",
    "Dwi",    "Tri",   "Wahyu", "Teguh",   "Sigit", "Bayu",   "Aris",  "Yudi",
    "Sugeng", "Puguh", "Rudi",  "Hari",    "Adi",   "Dimas",  "Galih", "Fajar",
    "Danang", "Priyo", "Suryo", "Wisnu",   "Ari",   "Bagus",  "Anton", "Setyo",
};
static const char *const jv_m2[] = {
    "Santoso",  "Prasetyo",  "Wibowo",   "Nugroho",   "Susanto", "Hidayat",    "Purnomo",
    "Saputro",  "Kurniawan", "Setiawan", "Wicaksono", "Raharjo", "Sulistyo",   "Utomo",
    "Widodo",   "Hartono",   "Suprapto", "Gunawan",   "Cahyono", "Pamungkas",  "Wijaya",
    "Darmawan", "Haryanto",  "Sasongko", "Mulyono",   "Prabowo", "Firmansyah",
};
static const char *const jv_f1[] = {
    "Sri",   "Dwi",     "Tri",   "Endang", "Siti", "Rina",  "Dewi",  "Ika",
    "Yuni",  "Retno",   "Wulan", "Ratna",  "Eka",  "Rini",  "Tutik", "Sulastri",
    "Indah", "Lestari", "Anik",  "Dian",   "Novi", "Putri", "Ayu",   "Kartika",
};
static const char *const jv_f2[] = {
    "Lestari",   "Wahyuni",   "Rahayu",     "Astuti",     "Handayani",   "Susanti",
    "Pratiwi",   "Suryani",   "Ningsih",    "Kusumawati", "Puspitasari", "Wulandari",
    "Rahmawati", "Setyowati", "Widyastuti", "Mulyani",    "Purwanti",    "Hastuti",
    "Nurhayati", "Maharani",  "Anggraini",  "Utami",      "Safitri",     "Permatasari",
};
/* Sundanese */
static const char *const su_m1[] = {"Asep",  "Dede",   "Ujang",  "Cecep",  "Dadang", "Yayan",
                                    "Iwan",  "Deden",  "Endang", "Ade",    "Aep",    "Engkus",
                                    "Yusuf", "Rahmat", "Wawan",  "Hendra", "Jajang", "Dedi"};
static const char *const su_m2[] = {"Sunandar", "Supriatna", "Hermawan", "Suryana", "Mulyana",
                                    "Rukmana",  "Permana",   "Gunawan",  "Kusnadi", "Sopandi",
                                    "Hidayat",  "Ruhiyat",   "Saepudin", "Sutisna", "Ramdani"};
static const char *const su_f1[] = {"Neng",   "Euis",  "Iis",  "Lilis", "Yeni",   "Ai",
                                    "Tati",   "Imas",  "Cucu", "Elis",  "Dewi",   "Rina",
                                    "Nining", "Yanti", "Enok", "Popon", "Rosita", "Siti"};
static const char *const su_f2[] = {"Nurhayati", "Rosita",   "Komalasari", "Sumiati", "Kurniasih",
                                    "Rohayati",  "Maryati",  "Rostika",    "Juariah", "Nurjanah",
                                    "Hasanah",   "Yulianti", "Sukaesih",   "Marlina", "Solihat"};
/* Malay / Sumatran / general Muslim */
static const char *const ms_m1[] = {
    "Muhammad", "Ahmad",  "Abdul",   "Rizky",  "Fadli",  "Ma'ruf", "Syamsul", "Zulkifli",
    "Hendra",   "Irfan",  "Arif",    "Faisal", "Hasan",  "Ridwan", "Yusran",  "Zainal",
    "Khairul",  "Rahmat", "Syahrul", "Taufik", "Nur",    "Amir",   "Ilham",   "Mu'min",
    "Fauzan",   "Habibi", "Hafiz",   "Imam",   "Luthfi", "Rasyid", "Sa'ad",   "Wahid",
};
static const char *const ms_m2[] = {
    "Hidayatullah", "Ramadhan", "Syahputra", "Rahman",  "Hakim",   "Fauzi",    "Kurniawan",
    "Saputra",      "Effendi",  "Hamzah",    "Anwar",   "Syarif",  "Zulfikar", "Abdillah",
    "Mubarok",      "Yusuf",    "Rasyid",    "Al Amin", "Ma'arif", "Firdaus",  "Syukur",
};
static const char *const ms_f1[] = {
    "Nur",      "Siti",   "Fatimah", "Aisyah",   "Nurul",    "Khadijah", "Mar'atun", "Zahra",
    "Rahmah",   "Hafsah", "Annisa",  "Syarifah", "Nur'aini", "Farida",   "Laila",    "Zainab",
    "Maimunah", "Aminah", "Salma",   "Halimah",  "Yusnita",  "Rosmini",  "Fitri",    "Ulfa",
};
static const char *const ms_f2[] = {
    "Rahmawati", "Hidayati", "Fitriani",  "Maulida",  "Khairunnisa", "Amalia",   "Zulaikha",
    "Mardiyah",  "Sakinah",  "Rahmadani", "Fadhilah", "Nasution",    "Lubis",    "Harahap",
    "Azizah",    "Jannah",   "Mu'awanah", "Syafitri", "Wardah",      "Hasibuan",
};
/* Batak (given name, often Christian, + marga) */
static const char *const bt_m1[] = {"Jonathan", "Daniel",  "Samuel",       "Yohanes", "Paulus",
                                    "Ronald",   "Hotman",  "Parlindungan", "Togar",   "Benny",
                                    "Robert",   "Martin",  "Sahat",        "Poltak",  "Rudolf",
                                    "Hendrik",  "Marihot", "Jansen"};
static const char *const bt_f1[] = {
    "Maria",   "Ruth",    "Debora",   "Sondang", "Rosmawati", "Lusiana",  "Erna",   "Tiurma",
    "Rospita", "Nurmala", "Hotmauli", "Lenny",   "Magdalena", "Elisabet", "Yohana", "Christina"};
static const char *const bt_marga[] = {
    "Simanjuntak", "Siregar",  "Sitompul",  "Hutapea",   "Simatupang", "Nainggolan",
    "Sinaga",      "Pardede",  "Manurung",  "Panjaitan", "Situmorang", "Hutagalung",
    "Tampubolon",  "Silalahi", "Sihombing", "Pasaribu",  "Simbolon",   "Gultom",
    "Napitupulu",  "Marpaung", "Sembiring", "Ginting",   "Tarigan",    "Purba",
};
/* Balinese (birth-order name + given name) */
static const char *const bl_m0[] = {"I Made", "I Wayan",  "I Nyoman", "I Ketut",       "I Gede",
                                    "I Putu", "I Komang", "I Kadek",  "I Gusti Ngurah"};
static const char *const bl_f0[] = {"Ni Luh",  "Ni Made",   "Ni Wayan", "Ni Nyoman",     "Ni Ketut",
                                    "Ni Putu", "Ni Komang", "Ni Kadek", "Anak Agung Ayu"};
static const char *const bl_m1[] = {"Sudarsana", "Artawan",  "Suardana", "Wirawan",  "Adi Putra",
                                    "Mahendra",  "Sukadana", "Arsana",   "Sudiarta", "Widiana",
                                    "Budiasa",   "Darmawan", "Suparta",  "Yasa"};
static const char *const bl_f1[] = {"Ayu Lestari",  "Sukmawati", "Ariani",    "Suryani",
                                    "Puspita Dewi", "Kartini",   "Sri Utami", "Sariasih",
                                    "Widiastuti",   "Wahyuni",   "Astiti",    "Rai Sudani"};
/* Bugis / Makassar */
static const char *const bg_m1[] = {"Muh. Ikhsan", "Syamsuddin", "Haeruddin", "Baharuddin",
                                    "Jamaluddin",  "Ilham",      "Asri",      "Muh. Yusuf",
                                    "Amiruddin",   "Nasaruddin", "Sudirman",  "Hasanuddin",
                                    "Muh. Arsyad", "Syahrir",    "Rustam",    "Arifin"};
static const char *const bg_f1[] = {"Hasnawati", "Nurhaedah", "Sitti Rahmah", "Harniati",
                                    "Nurbaya",   "Hasmiati",  "Sitti Aisyah", "Rusmini",
                                    "Nurhayati", "Suriani",   "Hamsinah",     "Nurmiati",
                                    "Megawati",  "Haslinda",  "Ernawati",     "Darmawati"};
static const char *const bg_2[] = {"Latif", "Mappanyukki", "Daeng Nai", "Bachtiar",   "Hamid",
                                   "Rauf",  "Tahir",       "Mappiasse", "Parenrengi", "Ambo Dalle"};
/* eastern Indonesian Christian (Minahasa, Ambon, Toraja, Papua) */
static const char *const ec_m1[] = {"Johanis", "Frans",      "Yulius",    "Stevanus", "Marthen",
                                    "Alfons",  "Octavianus", "Melkianus", "Herman",   "Yohanis"};
static const char *const ec_f1[] = {"Meiske",   "Grace", "Novita",  "Yuliana", "Femmy",
                                    "Agustina", "Selvi", "Marince", "Yosina",  "Ferdinanda"};
static const char *const ec_sur[] = {
    "Wenas",      "Manoppo",     "Pattiasina", "Sumampouw", "Rumbiak",  "Lumintang", "Tumbelaka",
    "Pangemanan", "Tangkilisan", "Palinggi",   "Sampe",     "Pasolang", "Rumere",    "Latumahina"};

void demo_name_person(struct demo_rng *r, int female, struct buf *out)
{
    uint32_t g = demo_rng_below(r, 100);

    if (g < 38) { /* Javanese: one or two names */
        buf_puts(out, female ? pick(r, jv_f1, N_(jv_f1)) : pick(r, jv_m1, N_(jv_m1)));
        if (demo_rng_chance(r, 850)) {
            buf_putc(out, ' ');
            buf_puts(out, female ? pick(r, jv_f2, N_(jv_f2)) : pick(r, jv_m2, N_(jv_m2)));
        }
    } else if (g < 50) {
        buf_puts(out, female ? pick(r, su_f1, N_(su_f1)) : pick(r, su_m1, N_(su_m1)));
        buf_putc(out, ' ');
        buf_puts(out, female ? pick(r, su_f2, N_(su_f2)) : pick(r, su_m2, N_(su_m2)));
    } else if (g < 68) {
        buf_puts(out, female ? pick(r, ms_f1, N_(ms_f1)) : pick(r, ms_m1, N_(ms_m1)));
        buf_putc(out, ' ');
        buf_puts(out, female ? pick(r, ms_f2, N_(ms_f2)) : pick(r, ms_m2, N_(ms_m2)));
    } else if (g < 76) {
        buf_puts(out, female ? pick(r, bt_f1, N_(bt_f1)) : pick(r, bt_m1, N_(bt_m1)));
        buf_putc(out, ' ');
        buf_puts(out, pick(r, bt_marga, N_(bt_marga)));
    } else if (g < 82) {
        buf_puts(out, female ? pick(r, bl_f0, N_(bl_f0)) : pick(r, bl_m0, N_(bl_m0)));
        buf_putc(out, ' ');
        buf_puts(out, female ? pick(r, bl_f1, N_(bl_f1)) : pick(r, bl_m1, N_(bl_m1)));
    } else if (g < 94) {
        /* "Andi" marks Bugis nobility and is carried by men and women */
        if (demo_rng_chance(r, 200))
            buf_puts(out, "Andi ");
        buf_puts(out, female ? pick(r, bg_f1, N_(bg_f1)) : pick(r, bg_m1, N_(bg_m1)));
        if (demo_rng_chance(r, 500)) {
            buf_putc(out, ' ');
            buf_puts(out, pick(r, bg_2, N_(bg_2)));
        }
    } else {
        buf_puts(out, female ? pick(r, ec_f1, N_(ec_f1)) : pick(r, ec_m1, N_(ec_m1)));
        buf_putc(out, ' ');
        buf_puts(out, pick(r, ec_sur, N_(ec_sur)));
    }
}

static const char *const places[] = {
    "Sukamaju",     "Sidorejo",      "Karanganyar",   "Sumberagung", "Tanjung Harapan",
    "Mekarsari",    "Suka Damai",    "Bontomarannu",  "Lubuk Alung", "Batu Ampar",
    "Padang Jaya",  "Mulyorejo",     "Tegalsari",     "Kuta Baru",   "Sungai Rampah",
    "Bukit Indah",  "Pematang Sari", "Waru Jaya",     "Ujung Loe",   "Rilau Ale",
    "Gantarang",    "Kindang",       "Bulukumpa",     "Herlang",     "Kajang",
    "Bonto Bahari", "Sumber Makmur", "Tirtayasa",     "Cibeureum",   "Ciherang",
    "Wonosari",     "Banjarsari",    "Kedungjaya",    "Sei Lala",    "Air Putih",
    "Talang Ubi",   "Muara Enim",    "Tebing Tinggi", "Sipirok",     "Siborongborong",
};

const char *demo_name_place(long i)
{
    return places[(unsigned long)i % N_(places)];
}

long demo_name_place_count(void)
{
    return (long)N_(places);
}
