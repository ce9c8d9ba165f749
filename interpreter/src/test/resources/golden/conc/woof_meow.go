package main

import "fmt"

func main() {
	go woof()
	meow()
}

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
