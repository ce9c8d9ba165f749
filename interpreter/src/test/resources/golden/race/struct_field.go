package main

import (
	"fmt"
	"sync"
)

type account struct {
	name    string
	balance int
}

func (a *account) deposit(n int) {
	a.balance += n
}

func main() {
	acc := &account{name: "alice"}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc.deposit(10)
		}()
	}
	wg.Wait()
	fmt.Println(acc.name, acc.balance)
}
