# ruleid: dup-id
foo(1)
# ruleid: dup-id
bar(2)
# ok: dup-id
baz(3)
