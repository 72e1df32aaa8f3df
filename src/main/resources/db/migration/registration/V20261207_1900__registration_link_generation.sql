-- Personal links are derived from a server secret, the registration and its link generation (PersonalLinks), so
-- every mail can carry the same manage and join link; asking for new links (or cancelling) raises the generation
-- and deletes the stored hashes, which ends the old links for good.
ALTER TABLE registration ADD COLUMN link_generation INT NOT NULL DEFAULT 0;
