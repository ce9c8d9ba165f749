package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World, 세계"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, '세'), strings.ContainsAny(s, "xyz!"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, '계'))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "세계"))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a b\t c\n "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x y  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabc", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Title("hello"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('세')
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.IndexAny("golang", "ny"), strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.ToTitle("go"), strings.LastIndexByte("abcabc", 'b'))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Fields("")== nil, len(strings.Split("", ",")))
}
