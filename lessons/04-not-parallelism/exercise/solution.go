package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	partial := make([]int, 4) // one slot per goroutine: nothing is shared
	for part := 0; part < 4; part++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := part*25000 + 1; i <= (part+1)*25000; i++ {
				partial[part] += i * i
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, p := range partial {
		total += p
	}
	fmt.Println("total", total)
}
