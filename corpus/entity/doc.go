// Package entity is the one table of the countries, blocs and companies the
// report discusses — their Korean, English and Hanja names, the labels the
// report prints, the forms that mark a mention in its text — and the one
// resolver that turns what a user types into one of them. A Set is built once
// and is safe for concurrent use.
package entity
