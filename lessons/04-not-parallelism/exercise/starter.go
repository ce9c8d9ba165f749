package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	for part := 0; part < 4; part++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := part*25000 + 1; i <= (part+1)*25000; i++ {
				total += i * i
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
