// Package hangul holds the few Hangul primitives that name matching and typo
// correction share: composing conjoining jamo into syllables, splitting
// syllables back into jamo, and an edit distance that counts a mistyped jamo
// as one edit, as a Korean keyboard makes it.
package hangul
