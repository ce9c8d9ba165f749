package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, mu *sync.Mutex, total *int) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		mu.Lock()
		*total += j
		mu.Unlock()
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int, 3)
	var mu sync.Mutex
	total := 0
	for w := 1; w <= 2; w++ {
		go worker(w, jobs, results, &mu, &total)
	}
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println(sum, total)
}
