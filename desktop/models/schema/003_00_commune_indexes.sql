-- A hub reports on each commune of its area in turn (up to the 94 communes of a city): its
-- needs, receipts and models are found by commune, not by scanning every commune's rows.
CREATE INDEX need_commune ON need (commune_code, year);
CREATE INDEX receipt_commune ON receipt (commune_code, received_on);
CREATE INDEX livelihood_model_commune ON livelihood_model (commune_code, year);
