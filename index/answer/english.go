package answer

// addEnglish gives each result of an answer to an English question the
// sentence of the report's English summary that says what its excerpt
// says, where one clearly does (index/pairing).
func (e *Engine) addEnglish(a *Answer) {
	if a.Lang != "en" {
		return
	}
	p := e.x.Pairing()
	for i, r := range a.Results {
		if s, ok := p.English(r.Excerpt); ok {
			a.Results[i].English = s.Text
		}
	}
}
