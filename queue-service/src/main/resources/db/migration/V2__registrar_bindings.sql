-- The registrar's bindings (agents' phones), kept so that a restarted service reaches the phones
-- registered before it stopped without waiting for their next REGISTER. One row per contact; a
-- user's rows are replaced whole on every change, and expired rows are skipped when read.
CREATE TABLE registrar_bindings (
  user_id VARCHAR(100) NOT NULL,
  contact VARCHAR(1000) NOT NULL,
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_id, contact)
);
