package main

import (
	"fmt"
	"sort"
	"strings"
)

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		if w != "" {
			freq[w]++
		}
	}
	return freq
}

func main() {
	f := wordFreq("The cat and the hat. The END, the end!")
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range f {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs {
		fmt.Printf("%-5s %d\n", e.k, e.v)
	}
	fmt.Println(f)
}
