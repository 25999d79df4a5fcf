-- Reading responses back out: when each row last changed, for the updatedSince feed and exports. A trigger keeps it,
-- so every write path (submission, void, review) moves it without knowing about it.
alter table survey_response add column updated_at timestamptz;
update survey_response set updated_at = greatest(submitted_at, coalesce(voided_at, submitted_at),
                                                 coalesce(reviewed_at, submitted_at));
alter table survey_response alter column updated_at set not null;
alter table survey_response alter column updated_at set default clock_timestamp();

create function survey_response_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := clock_timestamp();
    return new;
end $$;

create trigger survey_response_touch before update on survey_response
    for each row when (old is distinct from new) execute function survey_response_touch();

-- Keyset order of the feed and the exports.
create index survey_response_feed on survey_response (campaign_id, updated_at, id);

-- Saran/kritik categories: a vocabulary kept as data. The list below follows the nine SKM unsur plus "lainnya";
-- it is Rapor's own proposal, not a regulation's, so it is seeded unconfirmed.
create table saran_category (
    code        text    primary key,
    label       text    not null,
    description text,
    position    integer not null,
    active      boolean not null default true,
    confirmed   boolean not null default false,
    note        text
);

insert into saran_category (code, label, description, position, confirmed, note) values
    ('PERSYARATAN', 'Persyaratan', 'Syarat yang harus dipenuhi (U1)', 1, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('PROSEDUR', 'Sistem, mekanisme dan prosedur', 'Tata cara pelayanan (U2)', 2, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('WAKTU', 'Waktu penyelesaian', 'Lama pelayanan (U3)', 3, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('BIAYA', 'Biaya/tarif', 'Biaya atau pungutan (U4)', 4, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('PRODUK', 'Produk spesifikasi jenis pelayanan', 'Hasil pelayanan (U5)', 5, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('KOMPETENSI', 'Kompetensi pelaksana', 'Kemampuan petugas (U6)', 6, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('PERILAKU', 'Perilaku pelaksana', 'Sikap dan kesopanan petugas (U7)', 7, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('PENGADUAN', 'Penanganan pengaduan, saran dan masukan', 'Pengelolaan pengaduan (U8)', 8, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('SARANA', 'Sarana dan prasarana', 'Fasilitas pelayanan (U9)', 9, false, 'Rapor proposal after the SKM unsur; not from a regulation'),
    ('APRESIASI', 'Apresiasi', 'Pujian atau terima kasih', 10, false, 'Rapor proposal; not from a regulation'),
    ('LAINNYA', 'Lainnya', 'Di luar kategori lain', 11, false, 'Rapor proposal; not from a regulation');

-- The follow-up of one response's saran/kritik: category, status baru → ditindaklanjuti → selesai, the reply to the
-- citizen and an internal note. A response with a suggestion and no row here is "baru" without a category.
create table saran_followup (
    response_id bigint      primary key references survey_response (id),
    campaign_id uuid        not null references campaign (id),
    category    text        references saran_category (code),
    status      text        not null,
    reply       text,
    note        text,
    version     bigint      not null,
    updated_by  text        not null,
    updated_at  timestamptz not null
);
create index saran_followup_campaign on saran_followup (campaign_id, status);

-- Append-only trail of every change to a saran's follow-up: who, when, what (the field, before and after).
create table saran_audit (
    id          bigint      generated always as identity primary key,
    response_id bigint      not null references survey_response (id),
    campaign_id uuid        not null references campaign (id),
    action      text        not null,
    field       text,
    old_value   text,
    new_value   text,
    actor       text        not null,
    at          timestamptz not null
);
create index saran_audit_response on saran_audit (response_id, id);

-- Suggestions of a campaign, newest first.
create index survey_response_suggestion on survey_response (campaign_id, id) where suggestion is not null;
