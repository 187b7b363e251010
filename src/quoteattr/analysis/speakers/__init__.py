"""Speakers: the subject of a cue (clause), the rules that replace it (choose), what a mention
says (mentions, names, roles, kinds), and the entities mentions and pronouns refer to
(clusters, coreference, name_matching, pronouns)."""
