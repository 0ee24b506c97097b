package tuning

// Params are every number that ranks passages, decides whether to answer and
// sizes what is shown. They live in one place so that they can be fitted and
// tested as a whole; Defaults gives the values the product ships with.
type Params struct {
	// MinCoverage is the share of the question's weight a passage must
	// cover to rank among those that answer.
	MinCoverage float64
	// DeclineCoverage: when the best passage covers less of the weight of
	// the question's words the report uses, or those words carry less than
	// DeclineKnown of the question's weight (and none of them is a term of
	// the report's own subject, nor does the best passage share with it a
	// word as specific as DeclineTopicSpec or as much used as TopicShare,
	// below), the report has nothing to do with it and
	// the engine declines. Words it never uses do not decline a
	// question: they are what a hedge names. Where the passages shown
	// cover DeclineCoverage only taken together, the question is about
	// what the report discusses: the reply is a hedge where it has a word
	// to name, and is declined where it has none; never a sure answer.
	DeclineCoverage, DeclineKnown float64
	// DeclineTopicSpec, DeclineForeign, TopicShare: when every word the
	// best passage shares with the question is an everyday one
	// (specificity below DeclineTopicSpec) that the report uses in fewer
	// than TopicShare of its passages, and words of the language the report
	// never uses carry at least DeclineForeign of the question's weight,
	// the question is about something else that happens to share a common
	// word with the report, and the engine declines.
	DeclineTopicSpec, DeclineForeign, TopicShare float64
	// DeclineWords: a question that names no term of the report's own
	// subject is declined too when fewer than this share of its words,
	// each counted once, are words the report uses; DeclineWordsEnglish
	// for an English question, as the report's English is only its
	// summary.
	DeclineWords, DeclineWordsEnglish float64
	// A word no result holds is named as missing, hedging the answer, when
	// it is a constraint, or when its specificity is at least MissingSpec
	// and it carries MissingShare of the weight. Such a word that is asked
	// about, of at least AskSpec if the report uses it, must be held by one
	// passage together with the question's constraints.
	MissingSpec, MissingShare, AskSpec float64
	// HedgeSpec: when the best passage covers less than MinCoverage and no
	// word matters by the above, the reply is hedged on the heaviest word
	// it lacks of at least this specificity (more specific than not); an
	// everyday word it lacks is a paraphrase, and hedges nothing.
	HedgeSpec float64
	// OfSpec: a question for a date bound to nothing but the countries or
	// companies it names binds too its heaviest other Korean word of at
	// least this specificity that the report uses: that word says which
	// of the subject's dates is asked (answer's whichOf; above 1: never).
	OfSpec float64
	// FunctionSpec caps the specificity of a word whose main use is a
	// bound noun, an ending or an adverb (question's functionWord): such a
	// word names nothing, whatever rank the dictionary gives it.
	FunctionSpec float64
	// KindBinding hedges a question that asks for a kind of thing no date
	// or figure is (a person in an office, a place: question.Kind) when no
	// result holds a thing of that kind beside what it is of.
	KindBinding bool
	// PartSpec: a question for the date or figure of a part of a whole
	// ("how much of that went to …") binds the figure to each word of at
	// least this specificity that the report uses, for the whole's figure
	// is on a line that does not name the part.
	PartSpec float64
	// StatedCover: a passage that covers less than this share of what the
	// best passage covers of the question is about another thing; a date
	// or figure it states beside the bound words answers another question.
	StatedCover float64
	// ItemNameShare: a word as specific as MissingSpec that fewer than this
	// share of the report's passages hold names one thing, as a name does:
	// on the item a sub-bullet sits under, it says whose the sub-bullet's
	// figure is.
	ItemNameShare float64
	// Candidates is how many BM25 hits are re-ranked.
	Candidates int

	// Unknown is what a question's word the report never uses weighs, as a
	// share of the highest IDF, when it is fully specific (a name, a code);
	// an everyday word weighs its specificity times that.
	Unknown float64
	// Specificity from the general word lists: GeneralSpec is a word of
	// middling rank; a capitalised word among the NameCommonRank most
	// common English words is not taken for a name; an English word no
	// list holds is SpecUnknownEnglish (chat shorthand, a typo, a term).
	GeneralSpec        float64
	NameCommonRank     int
	SpecUnknownEnglish float64
	// SpecUnknownKorean is a Korean word that neither the report nor the
	// dictionary has, and that splits into no known parts.
	SpecUnknownKorean float64
	// EndingRank: a Korean word typed with a particle or ending is as
	// specific as the word before it when the ending is among the
	// EndingRank most common of the list's endings.
	EndingRank int
	// FollowUpSpec: a follow-up's own word that the report never uses, of
	// at least this specificity, is a detail the carried topic's passages
	// do not give, and hedges their answer.
	FollowUpSpec float64
	// FollowUpRareDF: a follow-up's own Korean noun that the report uses
	// in at most this many passages says a thing of its own there; where
	// no result of the reply holds it, the carried topic's passages do not
	// give it, as of a word the report never uses.
	FollowUpRareDF int
	// ChatSpec: an English word of a follow-up no more specific than this
	// (among the general list's few hundred most common: "fine", "close")
	// is how the asker talks, not a thing the lines shown must name,
	// unless it is the word asked about.
	ChatSpec float64
	// FollowUpParallel is how many plain words a follow-up may be, and
	// nothing else, to be read as the last question with one of its words
	// replaced ("1세대는?", "and for logic chips?"); FollowUpSharedEnding is how
	// many letters the new word and the one it replaces end alike in
	// ("3세대", "2세대") when the thread does not show which it replaces.
	FollowUpParallel, FollowUpSharedEnding int
	// GoOnLines is how many lines a follow-up's quote that only repeats
	// what the conversation has shown goes on with.
	GoOnLines int
	// BridgeLines: where a follow-up's quote and a line of its passage it
	// goes on with leave out at most this many lines between them, those
	// lines are shown too (dialog's bridged). On the conversations never
	// fitted, 1 takes follow-up hit@3 0.793 → 0.796 (de-spaced 0.718 →
	// 0.725); cross-validation on the fitted ones picks 2 (held-out
	// follow-ups 0.882 → 0.884), which hits the same never-fitted ones with
	// quotes a character longer on average.
	BridgeLines int
	// IntroLines: a quote in a thread that shows a line with sub-bullets
	// under it, and none of them, shows this many of them too (dialog's
	// introduced): the line introduces them, and they are what the asker,
	// who has read the topic, asks about. A question's quote that ends on
	// such a line takes as many as fit its limit (search's introduce).
	// 0 shows none. On the
	// conversations never fitted, 1 takes follow-ups 0.695 / 0.834 →
	// 0.696 / 0.834 (one more hit@3), oos_flagged 0.809 → 0.811,
	// de-spaced 0.671 / 0.759 → 0.673 / 0.762, quotes 3.5 characters
	// longer; five-fold cross-validation on the fitted ones picks 1
	// (held-out follow-ups 0.784 / 0.890, against 0.783 / 0.889 with 0),
	// and again at stop 45, where a message in a thread read alone takes
	// them too (see HeadLines).
	IntroLines int
	// HeadLines: a quote in a thread that shows a sub-bullet and not the
	// line it sits under shows that line too, where the quote stays
	// within MaxExcerptRunes (dialog's introduced): the sub-bullet is a
	// detail of that line, and a thread asks about what it details. At
	// stop 44, for follow-ups only, five folds picked false (fitted
	// hit@3 −1). At stop 45 the message in a thread read alone took it
	// and IntroLines too, and cmd/tune over the fitted questions and
	// conversations fits true (follow-ups 0.781 / 0.894 → 0.781 / 0.896;
	// its five held-out folds pooled 0.780 / 0.894, level with false;
	// conversations-dev 0.905 / 0.952 → 0.952 / 1.000); never
	// fitted, follow-ups 0.699 / 0.838 → 0.700 / 0.841 (de-spaced hit@3
	// 0.773 → 0.775), flags unchanged, hedge_rate 0.1358 → 0.1365 (a
	// line the thread has now shown offered again), follow-up quotes 209
	// → 224 characters.
	HeadLines bool
	// ImpliedEntity weighs, when an excerpt picks a passage's line, a
	// company or country the question names that the passage's own
	// section title names (search's pick): the whole passage is about
	// it, so a line printing its name again says no more of it. 1 weighs
	// it as any word, 0 not at all (unless no line holds any other word
	// of the question). On the never-fitted sets, 0 takes follow-ups
	// 0.696 / 0.836 → 0.698 / 0.837 and first turns 0.810 / 0.895 →
	// 0.812 / 0.896, de-spaced questions 0.900 / 0.939 → 0.902 / 0.941
	// and follow-ups 0.673 / 0.766 → 0.675 / 0.766; 0.2 and 0.5 win none
	// of the fitted lines 0 wins.
	ImpliedEntity float64
	// CountSpan is how many words may stand between a count ("9대",
	// "5개의") and the word it counts in one phrase, for a follow-up that
	// asks how many: a modifier or two ("기술혁신", "패키징 전용") and the
	// noun.
	CountSpan int
	// SpecPower shapes what an unknown word weighs: its specificity raised
	// to this power, so that everyday words weigh little. A word the report
	// uses keeps KnownSpec of its weight however common it is, and the rest
	// as it is specific.
	SpecPower, KnownSpec float64
	// VerbalWeight and OneSyllableWeight scale Korean verbs and one-syllable
	// stems, which say less about the topic than nouns.
	VerbalWeight, OneSyllableWeight float64
	// GenericShare: a year, figure or code held by more than this share of
	// passages does not constrain the answer.
	GenericShare float64
	// MustWeight is the least weight of a constraint (name, year, code) the
	// report uses, as a share of the highest IDF.
	MustWeight float64

	// Typos: a Hangul word of at least TypoMinSyllables syllables is
	// corrected within one jamo; a Latin word of at least TypoMinLetters
	// letters within one edit, of TypoTwoEdits letters within two.
	TypoMinSyllables, TypoMinLetters, TypoTwoEdits int

	// AskWeight scales the word a question word asks about; LongQuestion is
	// how many words make a question long, and LongUnknown scales the words
	// the report never uses in a long question.
	AskWeight float64
	// AskUnknownMust makes a Korean word the report never uses, when it is
	// what the question asks about, a constraint: the question is declined.
	AskUnknownMust bool
	// AskUnknownSyllables is the fewest syllables such a word has.
	AskUnknownSyllables int
	// DetailCover: a Korean word the report never uses, asked about
	// (question.Concept.Detail), is not what the report fails to say when
	// the first passage shown covers at least this share of the question's
	// weight: a passage that holds all the rest of the question is what the
	// asker's own word names.
	DetailCover  float64
	LongQuestion int
	LongUnknown  float64

	// Partial matches of a concept: all the parts of a compound, some of
	// them, or most of its Hangul bigrams.
	AllParts, SomeParts, Bigrams float64
	// NoteShare is what a word found only in a cited footnote counts for,
	// unless the question asks for sources.
	NoteShare float64

	// Re-ranking factors on a passage's coverage: a constraint it lacks, a
	// passage filed under another country, another company's profile.
	MissingMust, OtherCountry, OtherCompany float64
	// OtherPart scales a passage outside the part of the report a word of
	// the question names by its title ("English summary", 부록): the asker
	// said where to look.
	OtherPart float64
	// Parallel raises a passage filed under a country or company the
	// question names, other than the one the passages just shown are filed
	// under, where a line of it bears a topic label ("(AI 관련 정부
	// 예산)") a line just shown bears: the report gives each country the
	// same items, so a switch asks the new one's item of the same topic.
	Parallel float64
	// CoverageFloor shapes the final score: BM25 (scaled to the best hit)
	// times (CoverageFloor + coverage)², or to the power AnswerCoveragePower
	// for a passage that covers enough to answer (MinCoverage): BM25 favours
	// a short passage that restates a rare word of the question over the one
	// that holds the whole question. Below MinCoverage BM25 keeps its say:
	// those passages only show where else the words are, and which of them
	// are shown decides what a hedge names.
	CoverageFloor       float64
	AnswerCoveragePower float64
	// BareCaption and Reference scale a figure caption with no body and a
	// reference-list entry when the question does not ask for a source.
	BareCaption, Reference float64

	// SearchCommonShare: a word held by more than this share of passages is
	// not searched for (only re-ranked on) when the question has a rarer one.
	SearchCommonShare float64
	// SearchPostings bounds the postings the first stage reads: the
	// question's rarest terms are searched first, and those that would pass
	// the bound are left to the re-ranking.
	SearchPostings int

	// Query boosts: an alternative spelling of a concept, its match in
	// section titles, in cited footnotes, in compound parts, in bigrams.
	AltBoost, ContextBoost, NotesBoost, PartsBoost, GramsBoost float64
	// GramsOnlyUnknown searches the bigrams only of words the report never
	// uses whole.
	GramsOnlyUnknown bool

	// Excerpt choice: a concept every line shares through the section title
	// counts this much; a line that opens with the concept gains HeadBonus;
	// a citing line is shown beside the best one when it scores at least
	// CiteNeighbour of it.
	SharedContext, HeadBonus, CiteNeighbour float64
	// ExpectBonus raises a line that holds what a "when" or "how much"
	// question asks for.
	ExpectBonus float64
	// DefineBonus raises a passage and a line that say what a term means,
	// for a question that asks its meaning.
	DefineBonus float64
	// SiblingLine scales a line that names another member of a numbered
	// name the question asks about (LLaMA 3 or HBM4 where it asks about
	// LLaMA 2 or HBM3) and not the one asked: it speaks of the other one.
	// It scales as well a word a table's row names only as one cell beside
	// its siblings ("CPU · GPU · PIM"): the row says what kinds there are,
	// its column what the one asked is.
	SiblingLine float64
	// RowCells is how many cells a line joined with " · " holds at least
	// to read as a table's row listing siblings (SiblingLine): two are a
	// label and its value.
	RowCells int
	// MaxExcerptRunes bounds an answer's excerpt.
	MaxExcerptRunes int
	// ComplementShare is how much, against the best line's score, another
	// line must add in words of the question the best line lacks for an
	// answer's excerpt to show it too.
	ComplementShare float64
	// SourceLines bounds the citing lines a question for a source is shown
	// of a passage whose answering line cites nothing.
	SourceLines int

	// Citations: the coverage a quote needs, the share of the first result's
	// coverage a second one needs, how long one quoted line may be, how much
	// a clause that cites gains, and how much of the claim a footnote's own
	// text must hold to be offered from another line of the paragraph.
	CiteMinCoverage, CiteSecondShare float64
	MaxQuoteRunes                    int
	QuoteCiteBonus, CiteNoteShare    float64
	// CiteNumberShare scales CiteNoteShare when the footnote shares a year
	// or figure with the claim: strong evidence on its own.
	CiteNumberShare float64
	// QuoteShortRunes: a quoted line shorter than this is a heading or half
	// a sentence, and gets the next line.
	QuoteShortRunes int

	// Suggestions for a declined question come from the best SuggestFrom
	// candidates holding at least SuggestShare of MinCoverage.
	SuggestFrom  int
	SuggestShare float64
	MaxSuggest   int

	// Several reports. A question that names none is put to at most
	// ShelfMaxAsked reports, those whose words fit it best; another is left
	// out when its fit is under ShelfFitShare of the best one's. A word's
	// weight in telling reports apart is 0 within ShelfEverydayRank of a
	// general word list, ShelfCommonSpec within ShelfCommonRank, 1 beyond,
	// and ShelfVerbSpec for a verb.
	//
	// The reports chosen are asked ShelfSure at a time, best fitting
	// first, and no more once ShelfSure of them answer surely. Two: the
	// fewest whose answers make a reply from several reports, and as many
	// as run at once on the two cores the bot is sized for, so that a
	// question no word narrows (on the library of fifty copies of one
	// report, every question) costs one round of answers, not two. A
	// report further down is still asked when the first two do not both
	// answer surely (독일은 얼마를 지원해?: the AI report lacks it, and the
	// battery report answers too). With the fixtures' three reports, 3 of
	// questions-dev's 73 replies and of questions-dev-robust's 97 change,
	// in their later results, and none of the fixtures' 62. With 50
	// reports (BenchmarkShelf, the quietest runs), a question's p50 fell
	// from 1.44–1.70 ms to 0.74–0.77 ms and its p99 from 6.3–7.5 ms to
	// 3.8–4.5 ms, with the other changes of that round (see README).
	ShelfMaxAsked, ShelfSure           int
	ShelfFitShare                      float64
	ShelfEverydayRank, ShelfCommonRank int
	ShelfCommonSpec, ShelfVerbSpec     float64

	// FeedbackWeight: a follow-up's candidate passage gains this share of
	// its score for each unit of its overlap with the passages just shown
	// (the inverse-document-frequency weight of the terms they share over
	// the sum of both passages' weights; 1/2 for a passage shown): relevance
	// feedback, so that a passage going on with the shown topic outranks one
	// that shares only a common word with the rewrite. On the conversations
	// never fitted, follow-up hit@1 0.683 → 0.688 and hit@3 0.790 → 0.793
	// (0.25–2 moved the fitted ones alike, within a turn or two).
	FeedbackWeight float64
	// AloneFeedback is FeedbackWeight for a follow-up read as typed, with
	// nothing carried (a question with a topic of its own): it is still
	// asked in the thread, and of the passages its words find, one going
	// on with those just shown is likelier the one meant. It orders what
	// the message finds, never decides whether it finds anything (dialog's
	// askAlone keeps the reading without it where the grade differs).
	// On the conversations never fitted, follow-up hit@1 0.699 → 0.701,
	// hedge_rate 0.136 → 0.137; de-spaced hit@1 0.677 → 0.679; hit@3,
	// answer_rate, flags and every question unchanged. Fitted follow-ups
	// 0.780 / 0.892 → 0.781 / 0.895.
	AloneFeedback float64
	// CarriedShare and CarriedTopic order a follow-up's candidates by what
	// its asker typed (search's leaning; question.Concept.Carried): the
	// words its rewrite carried from earlier turns weigh together at most
	// CarriedShare of the typed words, and a candidate is credited with a
	// carried word its text lacks by CarriedTopic times its overlap with the
	// passages just shown (at most 1: the shown topic goes on there).
	// Whether to answer still reads the whole coverage. On the
	// conversations never fitted, follow-up hit@1 0.688 → 0.690, hit@3
	// 0.793 → 0.797, oos_flagged 0.779 → 0.782, answer_rate 0.980 → 0.979
	// (one turn); de-spaced hit@1 0.651 → 0.662 (CarriedTopic 4–16 moved
	// the fitted ones within a turn).
	CarriedShare, CarriedTopic float64
	// NextTyped and NextWeight rank a follow-up's candidate where the
	// report goes on with what was just shown: a passage shown, or next to
	// one in its section, that holds at least NextTyped of the weight of
	// the words its asker typed. Such a passage is among those that can
	// answer when its coverage with the carried words credited
	// (Candidate.Topical) is enough, not only its own text's, and its score
	// gains NextWeight times the share of the typed words it holds. The
	// thing the message asks of is then the shown one, and the detail it
	// asks is often in the next passage, which does not repeat its name. On
	// the conversations never fitted, follow-up hit@1 0.697 → 0.703, hit@3
	// 0.804 → 0.808, flags and hedges unchanged; de-spaced hit@3 0.733 →
	// 0.737, hedge_rate 0.151 → 0.149 (NextTyped 0.3–0.7 moved the fitted
	// ones within a turn).
	NextTyped, NextWeight float64
	// FuseWeight and FuseRank fuse a follow-up's two readings (dialog's
	// fused): the results after the first of its rewrite, carried words and
	// all, and those of the message asked as a question of its own, where
	// that answers surely. A result scores 1/(FuseRank+its place among the
	// rewrite's) plus FuseWeight/(FuseRank+its place among the message's
	// own); 0 keeps the rewrite's results. On the conversations never
	// fitted, follow-up hit@3 0.798 → 0.800, de-spaced 0.724 → 0.729,
	// flags and hedges unchanged.
	FuseWeight, FuseRank float64

	// DirectNames bounds the names the one-line answer to "which model",
	// "what is it called" gives from one line: the report lists two or
	// three products or chips together ("Hala Point와 Loihi 2칩"); a line
	// with more is a list the quotes show better than one line can.
	DirectNames int
	// ClauseFar is how much further a word of the question stands from a
	// figure, for the one-line answer, when a comma parts them: the figure
	// of a Korean clause follows what it is of, and the next item of a
	// list is another thing.
	ClauseFar float64
}

// Defaults returns the parameters the product ships with.
func Defaults() Params {
	return Params{
		MinCoverage:     0.45,
		DeclineCoverage: 0.25, DeclineKnown: 0.3, DeclineWords: 0.5, DeclineWordsEnglish: 0.3,
		DeclineTopicSpec: 0.45, DeclineForeign: 0.3, TopicShare: 0.1,
		MissingSpec: 0.75, MissingShare: 0.1, AskSpec: 0.45, HedgeSpec: 0.5, OfSpec: 0.3, FunctionSpec: 0.3,
		Candidates:  60,
		KindBinding: true, PartSpec: 0.6, StatedCover: 0.5, ItemNameShare: 0.03,

		Unknown: 0.7, GeneralSpec: 0.3, NameCommonRank: 30000, SpecUnknownEnglish: 0.7, SpecUnknownKorean: 0.7, EndingRank: 20000, FollowUpSpec: 0.5, FollowUpRareDF: 1, ChatSpec: 0.35, SpecPower: 2, KnownSpec: 0.6,
		FollowUpParallel: 2, FollowUpSharedEnding: 2, GoOnLines: 1, BridgeLines: 2, IntroLines: 1, HeadLines: true, ImpliedEntity: 0, CountSpan: 3,
		VerbalWeight: 0.6, OneSyllableWeight: 0.5,
		GenericShare: 0.3,
		MustWeight:   0.4,

		TypoMinSyllables: 3, TypoMinLetters: 5, TypoTwoEdits: 9,

		AskWeight: 1.5, AskUnknownMust: true, AskUnknownSyllables: 3, DetailCover: 0.7, LongQuestion: 6, LongUnknown: 0.2,

		AllParts: 0.8, SomeParts: 0.4, Bigrams: 0.5,
		NoteShare: 0.5,

		MissingMust: 0.6, OtherCountry: 0.5, OtherCompany: 0.5, OtherPart: 0.5, Parallel: 1,
		CoverageFloor: 0.3, AnswerCoveragePower: 4,
		BareCaption: 0.6, Reference: 0.5,

		SearchCommonShare: 0.5, SearchPostings: 3000,

		AltBoost: 0.8, ContextBoost: 0.4, NotesBoost: 0.5, PartsBoost: 0.5, GramsBoost: 0.6, GramsOnlyUnknown: false,

		SharedContext: 0.3, HeadBonus: 1.2, CiteNeighbour: 0.3, ExpectBonus: 0.5, DefineBonus: 1, SiblingLine: 0.1, RowCells: 3,
		MaxExcerptRunes: 300, SourceLines: 2, ComplementShare: 0.3,

		ShelfMaxAsked: 4, ShelfSure: 2, ShelfFitShare: 0.5, ShelfEverydayRank: 1000, ShelfCommonRank: 10000, ShelfCommonSpec: 0.5, ShelfVerbSpec: 0.25,

		DirectNames: 4, ClauseFar: 3,
		FeedbackWeight: 1, AloneFeedback: 1, CarriedShare: 1, CarriedTopic: 8, NextTyped: 0.5, NextWeight: 1, FuseWeight: 1, FuseRank: 1,

		CiteMinCoverage: 0.45, CiteSecondShare: 0.6,
		MaxQuoteRunes:  320,
		QuoteCiteBonus: 0.5, CiteNoteShare: 0.5,
		CiteNumberShare: 0.6,
		QuoteShortRunes: 40,

		SuggestFrom: 5, SuggestShare: 0.5, MaxSuggest: 3,
	}
}
