-- One identity at a force's provider signs in to one account of that force, never two.
CREATE UNIQUE INDEX app_user_by_identity_provider_subject ON app_user (force_id, oidc_subject);
