package pairing

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

func TestZZPassages(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	type ps struct {
		id    int
		items map[int]bool
		pw    float64
	}
	var kos []ps
	for _, p := range doc.Passages {
		if p.Section != KoreanSummarySection && !corpus.NumberedID(p.Section) {
			continue
		}
		if p.Section != KoreanSummarySection {
			continue
		}
		it := map[int]bool{}
		var pw float64
		seen := make([]bool, len(pr.sentences))
		for _, line := range strings.Split(p.Text, "\n") {
			if !analysis.HasHangul(line) {
				continue
			}
			for _, g := range pr.x.korean(line) {
				gw, _ := pr.groupWeight(g, seen)
				pw += gw
				for _, x := range g {
					if id, ok := pr.ids[x]; ok {
						it[id] = true
					}
				}
			}
		}
		kos = append(kos, ps{p.ID, it, pw})
	}
	for si, s := range pr.sentences {
		mine := map[int]bool{}
		for id, hs := range pr.holders {
			for _, h := range hs {
				if h == si {
					mine[id] = true
				}
			}
		}
		type sc struct {
			id     int
			w      float64
			shared []string
		}
		var scs []sc
		for _, k := range kos {
			var w float64
			var sh []string
			for id := range mine {
				if k.items[id] {
					w += pr.weight[id]
					sh = append(sh, pr.names[id])
				}
			}
			scs = append(scs, sc{k.id, w / math.Sqrt(k.pw*pr.total[si]), sh})
		}
		sort.Slice(scs, func(i, j int) bool { return scs[i].w > scs[j].w })
		fmt.Printf("S%d tot=%.2f %.80s\n", si, pr.total[si], s.Text)
		for _, x := range scs[:3] {
			fmt.Printf("   k%d %.2f (%.2f) %v\n", x.id, x.w, x.w/pr.total[si], x.shared)
		}
	}
}
