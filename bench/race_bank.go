package main

import (
	"fmt"
	"sync"
)

// Race-detector benchmark: many goroutines move money between accounts under a mutex and
// report over a channel; struct fields, a map and a captured total are all shared.
type account struct {
	id      int
	balance int
}

func main() {
	const accounts = 64
	const workers = 16
	const moves = 20000
	var mu sync.Mutex
	bank := make([]*account, accounts)
	byID := map[int]*account{}
	for i := range bank {
		bank[i] = &account{id: i, balance: 1000}
		byID[i] = bank[i]
	}
	total := 0
	results := make(chan int, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			done := 0
			for m := 0; m < moves; m++ {
				from := (w*7 + m*13) % accounts
				to := (w*11 + m*5 + 1) % accounts
				mu.Lock()
				if bank[from].balance > 0 {
					bank[from].balance--
					byID[to].balance++
					total++
				}
				mu.Unlock()
				done++
			}
			results <- done
		}(w)
	}
	moved := 0
	for w := 0; w < workers; w++ {
		moved += <-results
	}
	sum := 0
	for _, a := range bank {
		sum += a.balance
	}
	fmt.Println(moved, total, sum)
}
