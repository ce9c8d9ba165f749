package main

import "fmt"

func woof() {
	for i := 1; i <= 3; i++ {
		fmt.Println("woof", i)
	}
}

func meow() {
	for i := 1; i <= 3; i++ {
		fmt.Println("meow", i)
	}
}

func moo() {
	for i := 1; i <= 3; i++ {
		fmt.Println("moo", i)
	}
}

func main() {
	go woof()
	go moo()
	meow()
}
