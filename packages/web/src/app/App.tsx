import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { AuthProvider } from './AuthProvider';
import { queryClient } from './queryClient';
import { router } from './router';
import './plain.css';

/** No Ant Design here: it comes with the signed-in app (SignedInApp.tsx), so the sign-in page loads fast. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
