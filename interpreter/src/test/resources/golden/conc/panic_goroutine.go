package main

import (
	"fmt"
	"time"
)

type job struct{ id int }

func (j *job) run() {
	if j.id == 3 {
		panic(fmt.Sprintf("job %d failed", j.id))
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		go (&job{i}).run()
	}
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
