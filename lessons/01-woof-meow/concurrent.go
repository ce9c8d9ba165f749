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

func main() {
	start := time.Now()
	go woof()
	meow()
	fmt.Println("took", time.Since(start).Truncate(10*time.Millisecond))
}
