-- One database per service; each service's Flyway migrations create its schema at start.
create database rapor_assessment;
create database rapor_survey;
create database rapor_ranking;
