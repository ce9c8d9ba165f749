package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 50 * time.Microsecond, 1500 * time.Millisecond,
		90 * time.Second, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -2 * time.Second}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	d := 1234567 * time.Microsecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Second), d.Minutes() < 1)
	fmt.Printf("%v %d %T\n", time.Second, time.Second, time.Second)
	start := time.Now()
	fmt.Println(start)
	time.Sleep(time.Hour)
	fmt.Println(time.Since(start), time.Now().Sub(start) == time.Hour)
	fmt.Println(start.Add(90 * time.Minute).Format("2006-01-02 15:04:05"), start.Before(time.Now()))
}
