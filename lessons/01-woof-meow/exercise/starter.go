package main

import (
	"fmt"
	"time"
)

func woof() {
	for i := 1; i <= 3; i++ {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("woof", i)
	}
}

func meow() {
	for i := 1; i <= 4; i++ {
		time.Sleep(25 * time.Millisecond)
		fmt.Println("meow", i)
	}
}

func moo() {
	for i := 1; i <= 2; i++ {
		time.Sleep(60 * time.Millisecond)
		fmt.Println("moo", i)
	}
}

func main() {
	start := time.Now()
	woof()
	meow()
	moo()
	fmt.Println("took", time.Since(start).Truncate(10*time.Millisecond))
}
