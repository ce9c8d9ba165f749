package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func main() {
	fmt.Println(ByteSize(1500), ByteSize(3e6), ByteSize(5e9), ByteSize(12))
	f := FlagA | FlagC
	fmt.Println(f, f.Has(FlagB), f.Has(FlagC), f&^FlagA)
	const (
		x = iota * 10
		y
		z = "s"
		w
		v = iota
	)
	fmt.Println(x, y, z, w, v)
	type Weekday int
	const (
		Mon Weekday = iota + 1
		Tue
	)
	fmt.Printf("%v %T\n", Tue, Tue)
}
