package main

import (
	"fmt"
	"sort"
	"strings"
)

// A map-heavy word count over a generated text of a million words.
func main() {
	words := []string{"goroutine", "channel", "select", "mutex", "waitgroup", "scheduler", "heap", "stack",
		"고루틴", "채널", "defer", "panic", "recover", "map", "slice", "struct"}
	var sb strings.Builder
	seed := uint32(7)
	for i := 0; i < 1_000_000; i++ {
		seed = seed*1664525 + 1013904223
		sb.WriteString(words[seed>>28])
		sb.WriteString(fmt.Sprint(seed % 97))
		sb.WriteByte(' ')
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(sb.String()) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], counts[keys[0]], keys[len(keys)-1], counts[keys[len(keys)-1]])
}
