package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{3, 1, 2}
	defer func() { fmt.Println("recovered:", recover(), s) }()
	sort.Slice(s, func(i, j int) bool {
		if s[i] == 2 {
			panic("less panicked")
		}
		return s[i] < s[j]
	})
}
