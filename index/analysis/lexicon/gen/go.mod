module github.com/stepi-tools/reportbot/index/analysis/lexicon/gen

go 1.26.8

require (
	github.com/ccojocar/zxcvbn-go v1.0.4
	github.com/ikawaha/kagome-dict-ko v0.2.1
)

require github.com/ikawaha/kagome-dict v1.0.3 // indirect
