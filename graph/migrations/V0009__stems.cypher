// Lexical retrieval reads the stems the matcher's own analysis makes (services/matching/text.py,
// `indexed`): one analysis for Italian and English texts alike, the one the BM25 baseline uses.
// Lucene's Italian and English analysers ranked below it on real consortia (cordis-dev, words
// alone: 0.093 against 0.114 nDCG@10) and no better on the Italian development set. The
// ingestion service fills `terms` in for the profiles stored before (`terms_analysis`).
DROP INDEX profile_text IF EXISTS;
DROP INDEX profile_text_en IF EXISTS;
CREATE FULLTEXT INDEX profile_terms IF NOT EXISTS
FOR (p:Profile) ON EACH [p.terms]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
