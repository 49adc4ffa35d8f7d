import { useMemo } from 'react';
import { jwtDecode } from 'jwt-decode';

interface Claims {
  name: string;
  role: string;
}

export function useCurrentUser(token: string | null) {
  return useMemo(() => (token ? jwtDecode<Claims>(token) : null), [token]);
}

export function Greeting({ token }: { token: string | null }) {
  const user = useCurrentUser(token);
  if (user?.role === 'admin') return <p>Welcome back, administrator {user.name}</p>;
  return <p>Hello {user?.name ?? 'guest'}</p>;
}
