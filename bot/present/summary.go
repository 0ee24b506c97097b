package present

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/corpus/hangul"
	"github.com/stepi-tools/reportbot/index/summary"
)

// SummaryRefusal is the JSON's message for a name with no summary (the
// outputs say what Slack's SummaryDecline says): why, what the report names
// in passing, which command fits a name of the other kind (by its name in
// names, the command table's), and what the report covers.
func SummaryRefusal(s summary.Summary, names commands.Names) string {
	ko := s.Lang == "ko"
	q := strings.TrimSpace(s.Query)
	if r := []rune(q); len(r) > 40 {
		q = string(r[:40]) + "…"
	}
	kindKo, kindEn, other := "나라", "countries", names[commands.Company]
	if s.Kind != entity.Country {
		kindKo, kindEn, other = "기업", "companies", names[commands.Country]
	}
	var list []string
	for _, n := range s.Covered {
		if ko || n.Name == n.English {
			list = append(list, n.Name)
		} else {
			list = append(list, n.English)
		}
	}
	var b strings.Builder
	switch s.Refusal {
	case summary.RefusalEmpty:
		if ko {
			fmt.Fprintf(&b, "%s 이름을 입력하세요.", kindKo)
		} else {
			fmt.Fprintf(&b, "Give the name of one of the %s the report covers.", kindEn)
		}
	case summary.RefusalTooLong:
		if ko {
			fmt.Fprintf(&b, "이름이 너무 깁니다 (최대 %d자).", entity.MaxNameRunes)
		} else {
			fmt.Fprintf(&b, "The name is too long (at most %d characters).", entity.MaxNameRunes)
		}
	default:
		if ko {
			fmt.Fprintf(&b, "보고서는 %q에 대해 다루지 않습니다.", q)
		} else {
			fmt.Fprintf(&b, "The report does not cover %q.", q)
		}
		if pc := s.PassingName; pc != nil && len(s.Passing) > 0 {
			if ko {
				fmt.Fprintf(&b, " %s 다른 나라를 다루는 대목에서 지나가며 %d번 언급될 뿐입니다.", TopicParticle(pc.Name), len(s.Passing))
			} else {
				fmt.Fprintf(&b, " It names %s only in passing, %d times, while discussing other countries.", pc.English, len(s.Passing))
			}
		}
		if r := s.Also; r != nil {
			switch {
			case ko && s.Kind == entity.Country:
				fmt.Fprintf(&b, " %s 기업입니다: %s 명령을 쓰세요.", TopicParticle(r.Name), other)
			case ko:
				fmt.Fprintf(&b, " %s 나라입니다: %s 명령을 쓰세요.", TopicParticle(r.Name), other)
			case s.Kind == entity.Country:
				fmt.Fprintf(&b, " %s is a company: use %s.", r.English, other)
			default:
				fmt.Fprintf(&b, " %s is a country: use %s.", r.English, other)
			}
		}
	}
	if ko {
		fmt.Fprintf(&b, " 보고서가 다루는 %s: %s.", kindKo, strings.Join(list, ", "))
	} else {
		fmt.Fprintf(&b, " The %s it covers: %s.", kindEn, strings.Join(list, ", "))
	}
	return b.String()
}

// TopicParticle adds 은 or 는 as the name's last sound requires (러시아는,
// 삼성전자는, 이란은); a Latin name is read by its last letter's sound.
func TopicParticle(name string) string { return name + hangul.Particle(name, "은", "는") }

// QuoteParticle is 이라고 after a syllable with a final consonant (중국이라고)
// and 라고 otherwise (대만이라고 but 싱가포르라고, EU라고).
func QuoteParticle(word string) string {
	if r, _ := utf8.DecodeLastRuneInString(word); hangul.HasFinal(r) {
		return "이라고"
	}
	return "라고"
}

// GroupTitle names a summary's topic group in lang. A topic of the report
// is named by its own heading and number, in English by the English
// contents' title where the report gives one; a group the catalogue does not
// know is named by its id.
func GroupTitle(g summary.SummaryGroup, lang string) string {
	if g.Title != "" {
		title := g.Title
		if lang != "ko" && g.TitleEn != "" {
			title = g.TitleEn
		}
		return title + " (" + g.ID + ")"
	}
	var ko, en string
	switch g.ID {
	case "other":
		ko, en = "기타 언급", "Other mentions"
	case "profile":
		ko, en = "기업 개요 ("+g.Section+")", "Company profile ("+g.Section+")"
	case "elsewhere":
		ko, en = "다른 절의 언급", "Mentions elsewhere in the report"
	default:
		return g.ID
	}
	if lang == "ko" {
		return ko
	}
	return en
}
