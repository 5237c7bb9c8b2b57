-- A company's customers, found by their company: a company's ticket list and a search that names a company read
-- them; without this index both read every customer.
create index customer_company_idx on customer (company_id);
