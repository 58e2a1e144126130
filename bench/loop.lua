-- Ten million iterations with a branch.
local s = 0
for i = 0, 9999999 do
  if i % 3 == 0 then s = s + i end
end
print(s)
