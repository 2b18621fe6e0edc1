-- The day a livelihood model was set up (or its support began): period reports list a model in
-- the period holding this day; a model without it counts only in its year's report.
ALTER TABLE livelihood_model ADD COLUMN started_on TEXT;
