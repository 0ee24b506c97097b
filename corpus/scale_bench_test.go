package corpus_test

import (
	"fmt"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/scaletest"
)

// scaleSizes are the multiples of the shipped report the scale benchmarks
// build; 100× is about 9 MB, below corpus.MaxReportBytes.
var scaleSizes = []int{1, 10, 50, 100}

// BenchmarkScaleParse parses the report repeated 1×, 10×, 50× and 100×, and
// reports the cost per passage so that linear growth shows as a flat line.
func BenchmarkScaleParse(b *testing.B) {
	for _, k := range scaleSizes {
		data, err := scaletest.Report(k)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			var passages int
			for b.Loop() {
				d, err := corpus.Parse(data)
				if err != nil {
					b.Fatal(err)
				}
				passages = len(d.Passages)
			}
			b.ReportMetric(float64(passages), "passages")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(passages), "µs/passage")
		})
	}
}

// BenchmarkScaleIssues checks the citations of the report repeated 1×, 10×,
// 50× and 100× against its (equally repeated) reference list.
func BenchmarkScaleIssues(b *testing.B) {
	for _, k := range scaleSizes {
		data, err := scaletest.Report(k)
		if err != nil {
			b.Fatal(err)
		}
		d, err := corpus.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for b.Loop() {
				n = len(d.Issues())
			}
			b.ReportMetric(float64(n), "issues")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(d.Passages)), "µs/passage")
		})
	}
}
