-- Standard questionnaires. Admins add new versions through the API; these rows are data, not code.

-- SKM, PermenPANRB 14/2017: nine unsur in the official order (Pengaduan 8th, Sarana 9th), answers 1..4,
-- equal weights 1/9, mutu A >= 88.31, B >= 76.61, C >= 65.00, D >= 25 on the 25–100 scale.
insert into questionnaire (id, code, version, name, regulation, scale_min, scale_max, confirmed, note)
values ('00000000-0000-0000-0000-000000002017', 'SKM_2017', 1, 'Survei Kepuasan Masyarakat (PermenPANRB 14/2017)',
        'PERMENPANRB_14_2017', 1, 4, true, null);

insert into questionnaire_item (questionnaire_id, position, code, name, question, weight, labels) values
('00000000-0000-0000-0000-000000002017', 1, 'U1', 'Persyaratan',
 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', '1/9',
 '["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]'),
('00000000-0000-0000-0000-000000002017', 2, 'U2', 'Sistem, Mekanisme, dan Prosedur',
 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', '1/9',
 '["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]'),
('00000000-0000-0000-0000-000000002017', 3, 'U3', 'Waktu Penyelesaian',
 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', '1/9',
 '["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]'),
('00000000-0000-0000-0000-000000002017', 4, 'U4', 'Biaya/Tarif',
 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', '1/9',
 '["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]'),
('00000000-0000-0000-0000-000000002017', 5, 'U5', 'Produk Spesifikasi Jenis Pelayanan',
 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?', '1/9',
 '["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]'),
('00000000-0000-0000-0000-000000002017', 6, 'U6', 'Kompetensi Pelaksana',
 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', '1/9',
 '["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]'),
('00000000-0000-0000-0000-000000002017', 7, 'U7', 'Perilaku Pelaksana',
 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', '1/9',
 '["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]'),
('00000000-0000-0000-0000-000000002017', 8, 'U8', 'Penanganan Pengaduan, Saran dan Masukan',
 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', '1/9',
 '["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]'),
('00000000-0000-0000-0000-000000002017', 9, 'U9', 'Sarana dan prasarana',
 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', '1/9',
 '["Buruk", "Cukup", "Baik", "Sangat baik"]');

insert into questionnaire_band (questionnaire_id, lower_bound, code, label) values
('00000000-0000-0000-0000-000000002017', 88.31, 'A', 'Sangat Baik'),
('00000000-0000-0000-0000-000000002017', 76.61, 'B', 'Baik'),
('00000000-0000-0000-0000-000000002017', 65.00, 'C', 'Kurang Baik'),
('00000000-0000-0000-0000-000000002017', 25.00, 'D', 'Tidak Baik');

-- IKM, Kepmenpan 25/KEP/M.PAN/2/2004: 14 unsur, weights 1/14, mutu A > 81.25, B > 62.50, C > 43.75, D >= 25
-- (on 2-decimal values: A >= 81.26, B >= 62.51, C >= 43.76). Answer labels are the generic 1..4 labels.
insert into questionnaire (id, code, version, name, regulation, scale_min, scale_max, confirmed, note)
values ('00000000-0000-0000-0000-000000002004', 'IKM_2004', 1, 'Indeks Kepuasan Masyarakat (Kepmenpan 25/2004)',
        'KEPMENPAN_25_2004', 1, 4, true,
        'Superseded by PermenPANRB 14/2017; kept so historic campaigns keep their regulation. Answer labels are the generic ones.');

insert into questionnaire_item (questionnaire_id, position, code, name, question, weight, labels)
select '00000000-0000-0000-0000-000000002004', n, 'U' || n, name, name, '1/14',
       '["Tidak baik", "Kurang baik", "Baik", "Sangat baik"]'
from (values (1, 'Prosedur pelayanan'), (2, 'Persyaratan pelayanan'), (3, 'Kejelasan petugas pelayanan'),
             (4, 'Kedisiplinan petugas pelayanan'), (5, 'Tanggung jawab petugas pelayanan'),
             (6, 'Kemampuan petugas pelayanan'), (7, 'Kecepatan pelayanan'), (8, 'Keadilan mendapatkan pelayanan'),
             (9, 'Kesopanan dan keramahan petugas'), (10, 'Kewajaran biaya pelayanan'),
             (11, 'Kepastian biaya pelayanan'), (12, 'Kepastian jadwal pelayanan'), (13, 'Kenyamanan lingkungan'),
             (14, 'Keamanan pelayanan')) as unsur (n, name);

insert into questionnaire_band (questionnaire_id, lower_bound, code, label) values
('00000000-0000-0000-0000-000000002004', 81.26, 'A', 'Sangat Baik'),
('00000000-0000-0000-0000-000000002004', 62.51, 'B', 'Baik'),
('00000000-0000-0000-0000-000000002004', 43.76, 'C', 'Kurang Baik'),
('00000000-0000-0000-0000-000000002004', 25.00, 'D', 'Tidak Baik');

-- PEKPPP F-03 (penilaian dari pengguna layanan, PermenPANRB 29/2022 jo. 4/2023). Only two item codes are
-- confirmed; the scale, labels, weights and the remaining items are unconfirmed, so the questionnaire is marked
-- unconfirmed and has no grade bands. An admin replaces it with a new version once the form is checked.
insert into questionnaire (id, code, version, name, regulation, scale_min, scale_max, confirmed, note)
values ('00000000-0000-0000-0000-000000002022', 'PEKPPP_F03', 1, 'Kuesioner pengguna layanan PEKPPP (F-03)',
        'PERMENPANRB_29_2022', 1, 4, false,
        'Unconfirmed: only items 1.a.K1 and 10.d.T are known; scale, labels and weights are placeholders.');

insert into questionnaire_item (questionnaire_id, position, code, name, question, weight, labels) values
('00000000-0000-0000-0000-000000002022', 1, '1.a.K1', 'Persyaratan', 'Persyaratan pelayanan mudah dipenuhi', '1/2',
 '["Tidak baik", "Kurang baik", "Baik", "Sangat baik"]'),
('00000000-0000-0000-0000-000000002022', 2, '10.d.T', 'Akses informasi daring', 'Akses informasi layanan daring mudah', '1/2',
 '["Tidak baik", "Kurang baik", "Baik", "Sangat baik"]');
