-- One PostgreSQL, one database per service (each service's Flyway owns its own schema).
CREATE DATABASE catalog;
CREATE DATABASE policy;
