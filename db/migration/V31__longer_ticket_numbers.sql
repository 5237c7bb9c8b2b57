-- As in OTRS, the 100,000th ticket of a day gets a number of 17 digits (the daily counter grows beyond five
-- digits); a number has 20 digits at most. Until now the 100,000th ticket of a day could not be opened at all.
alter table ticket alter column number set data type varchar(20);
alter table inbound_mail alter column ticket_number set data type varchar(20);
