package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	jobs := make(chan int)
	results := make(chan string)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ { // a fixed pool of three workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- fmt.Sprintf("job %d squared is %d", j, j*j)
			}
		}()
	}
	go func() {
		for j := 1; j <= 6; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results) // every worker is done: no more results
	}()
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
