// Package lexicon says how common a word is in language at large, from
// general-language word lists of Korean and English that maintained
// packages ship (see gen/ for where they come from and NOTICE for their
// licences). A question's word that the report never uses is weighed by
// it: a common word is a paraphrase or the asker's chatter, a word no
// general list holds is a name, a code or a term of art.
package lexicon
