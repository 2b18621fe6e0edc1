-- The receipt items that answer a linked need (JSON list of receipt_item ids); the link's value
-- and quantity are computed from them (desktop/models/receipt_needs.py). NULL: a link made
-- before, whose value was typed.
ALTER TABLE receipt_need ADD COLUMN item_ids TEXT;
