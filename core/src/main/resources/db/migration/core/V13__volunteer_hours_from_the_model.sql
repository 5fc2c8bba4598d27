-- The panorama's volunteer hours come from the economic model when it records them (hours × hourly
-- value of its volunteering line): one figure, the same in the accounts and in the impact report.
UPDATE core_indicator SET source_key = 'economy.volunteerHours' WHERE code = 'VOLUNTEER_HOURS';
