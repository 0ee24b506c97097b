// Package entity is the one general table of countries, blocs and companies —
// their Korean, English and Hanja names, the labels reports print, the forms
// that mark a mention in their text — and what one report makes of it: For
// finds, from a report's labels, headings and text, the countries it covers,
// names in passing or does not discuss and the companies it profiles, and
// builds the one resolver that turns what a user types into one of them. The
// table is built once; a Set once per report. Both are safe for concurrent use.
package entity
