// Lexical retrieval in English: profiles that declare their text English (`language`) also
// hold it as `text_en`, analysed the English way (English stop words and stemming) for
// needs written in English. A second full-text index over the same properties as
// `profile_text` would be taken for it and silently skipped, hence the property of its own.
CREATE FULLTEXT INDEX profile_text_en IF NOT EXISTS
FOR (p:Profile) ON EACH [p.text_en]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
