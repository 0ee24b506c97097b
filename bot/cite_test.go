package bot

import "testing"

func TestWholeFragments(t *testing.T) {
	const passage = "TSMC는 첨단 패키징 공정인 CoWoS의 생산 능력을 확대\nTSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾"
	tests := []struct {
		name, note string
		texts      []string
		want       string
	}{
		{"the passage makes the line whole",
			`각주 표시 ⁴⁾가 2번 쓰임: "…SMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾"; 5번 각주는 본문 표시가 없음`,
			[]string{passage},
			`각주 표시 ⁴⁾가 2번 쓰임: "TSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾"; 5번 각주는 본문 표시가 없음`},
		{"the passage makes the word whole mid-line",
			`marker ⁴⁾ is printed ("…장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾") twice`,
			[]string{passage},
			`marker ⁴⁾ is printed ("…공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾") twice`},
		{"another passage: the broken word goes",
			`각주 표시 ⁴⁾가 2번 쓰임: "…래의 AI 및 자율주행차, 스마트 시티, IoT 시장에서 중요한 역할을 할 것으로 예상⁴⁾"; "…SMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾"`,
			[]string{passage},
			`각주 표시 ⁴⁾가 2번 쓰임: "…AI 및 자율주행차, 스마트 시티, IoT 시장에서 중요한 역할을 할 것으로 예상⁴⁾"; "TSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾"`},
		{"no passage at all",
			`"…래의 AI 및 자율주행차"`, nil, `"…AI 및 자율주행차"`},
		{"a single word is left as it is", `"…계획⁴⁾"`, nil, `"…계획⁴⁾"`},
		{"no quoted line", "5번 각주는 있으나 본문에 ⁵⁾ 표시가 없음", []string{passage}, "5번 각주는 있으나 본문에 ⁵⁾ 표시가 없음"},
		{"an ellipsis outside quotes is the report's own", "보고서에는 …까지만 있음", nil, "보고서에는 …까지만 있음"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wholeFragments(tt.note, tt.texts...); got != tt.want {
				t.Errorf("wholeFragments =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
