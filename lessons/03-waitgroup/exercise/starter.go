package main

import "fmt"

func work(id int) {
	fmt.Println("worker", id, "done")
}

func main() {
	for i := 1; i <= 5; i++ {
		go work(i)
	}
	fmt.Println("all done")
}
