package main

import (
	"fmt"
	"sync"
)

func main() {
	seen := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range []string{"a", "b"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			seen[w]++
		}(w)
	}
	wg.Wait()
	fmt.Println(len(seen))
}
